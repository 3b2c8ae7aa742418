package org.binome.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads a session's attributes from their stored bytes as Spring Session does (Java serialization), but deserializes
 * a signed-in person's security context once for the same bytes.
 *
 * <p>Every signed-in request reads its security context from the session store: 1.7 kB of serialized objects, whose
 * deserialization (class descriptors, class lookups) was 3.9 % of the pairs page's CPU (async-profiler, H2). The same
 * bytes now give the same authentication, kept, in a new {@link SecurityContextImpl} for each read, so that a request
 * changing its own context (signing out) changes no other request's. Other bytes (another person, a new sign-in, a
 * changed role) are other keys; at most {@link #KEPT} are kept, all forgotten at once beyond that.
 *
 * <p>What a request gets is what deserializing would give it, but for one thing: requests of one session share its
 * authentication object, as they would with sessions kept in memory. Binôme changes no authentication after sign-in.
 */
final class KeptSecurityContexts implements Converter<byte[], Object> {

    static final int KEPT = 2_000;

    private final Converter<byte[], Object> deserializer;
    private final Map<Bytes, Authentication> kept = new ConcurrentHashMap<>();

    KeptSecurityContexts(Converter<byte[], Object> deserializer) {
        this.deserializer = deserializer;
    }

    /** Spring Session's conversions of attributes (serialization both ways, classes from {@code loader}) with this. */
    static GenericConversionService conversions(ClassLoader loader) {
        var conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(
                byte[].class, Object.class, new KeptSecurityContexts(new DeserializingConverter(loader)));
        return conversions;
    }

    @Override
    public Object convert(byte[] source) {
        var key = new Bytes(source);
        var authentication = kept.get(key);
        if (authentication != null) {
            return new SecurityContextImpl(authentication);
        }
        var value = deserializer.convert(source);
        if (value != null
                && value.getClass() == SecurityContextImpl.class
                && ((SecurityContextImpl) value).getAuthentication() != null) {
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(new Bytes(source.clone()), ((SecurityContextImpl) value).getAuthentication());
        }
        return value;
    }

    /** Stored bytes compared by content. */
    private static final class Bytes {
        private final byte[] bytes;
        private final int hash;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes that && hash == that.hash && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}

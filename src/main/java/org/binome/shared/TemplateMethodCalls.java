package org.binome.shared;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectiveMethodExecutor;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.util.ClassUtils;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.templateboundaries.AbstractTemplateBoundariesProcessor;
import org.thymeleaf.processor.templateboundaries.ITemplateBoundariesStructureHandler;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Method calls in templates ({@code ${pair.name()}}, {@code @dates.time(...)}) without SpEL's per-call bookkeeping.
 *
 * <p>SpEL's {@link ReflectiveMethodExecutor} builds a {@link TypeDescriptor} of the method's result at every call, and
 * another for every argument. Measured on the pairs page (async-profiler, H2, 10 connections), that was 5.9 % of the
 * page's CPU. Here the result's descriptor is built once per method (and per class of result, which SpEL narrows it
 * to), and arguments that already have their parameters' types go straight to the method. Anything else (arguments to
 * convert, variable arguments) is left to SpEL's own executor.
 *
 * <p>Which method a call reaches is not changed: resolution stays with the resolvers Thymeleaf gave the page's
 * evaluation context, including the one that refuses methods of classes templates may not touch. This only wraps
 * what they resolved. Thymeleaf creates that context for each page, so a template-start processor hands it the
 * wrapped resolvers; {@link BinomeDialect} registers that processor.
 */
final class TemplateMethodCalls {

    private TemplateMethodCalls() {}

    /** The template-start processor that installs the wrapped resolvers ({@link BinomeDialect} registers it). */
    static IProcessor installer() {
        return new Installer();
    }

    /** At the start of a template, wraps the resolvers of the page's evaluation context, once. */
    private static final class Installer extends AbstractTemplateBoundariesProcessor {

        Installer() {
            super(TemplateMode.HTML, StandardDialect.PROCESSOR_PRECEDENCE);
        }

        @Override
        public void doProcessTemplateStart(
                ITemplateContext context, ITemplateStart templateStart, ITemplateBoundariesStructureHandler handler) {
            if (context.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME)
                    instanceof StandardEvaluationContext evaluation) {
                install(evaluation);
            }
        }

        @Override
        public void doProcessTemplateEnd(
                ITemplateContext context, ITemplateEnd templateEnd, ITemplateBoundariesStructureHandler handler) {
            // nothing to undo: the evaluation context ends with the page
        }
    }

    static void install(StandardEvaluationContext evaluation) {
        var resolvers = evaluation.getMethodResolvers();
        if (resolvers.size() == 1 && resolvers.get(0) instanceof Direct) {
            return;
        }
        evaluation.setMethodResolvers(List.of(new Direct(List.copyOf(resolvers))));
    }

    /**
     * Resolves with the given resolvers, then wraps a reflective executor in a {@link DirectCall}. A
     * {@link ReflectiveMethodResolver} by type, not by use: SpEL keeps a call's resolved method for the next evaluation
     * only when the context's one resolver is of that type.
     */
    static final class Direct extends ReflectiveMethodResolver {

        private final List<MethodResolver> resolvers;

        Direct(List<MethodResolver> resolvers) {
            this.resolvers = resolvers;
        }

        @Override
        public MethodExecutor resolve(
                EvaluationContext context, Object target, String name, List<TypeDescriptor> argumentTypes)
                throws AccessException {
            for (var resolver : resolvers) {
                var executor = resolver.resolve(context, target, name, argumentTypes);
                if (executor != null) {
                    return executor instanceof ReflectiveMethodExecutor reflective
                            ? DirectCall.of(reflective, target instanceof Class<?> type ? type : target.getClass())
                            : executor;
                }
            }
            return null;
        }
    }

    /**
     * Calls one method with arguments of its parameters' types; gives SpEL's executor any other call. The result's
     * descriptor is the one SpEL gives, narrowed to the result's class, kept for each class.
     */
    static final class DirectCall implements MethodExecutor {

        private final ReflectiveMethodExecutor reflective;
        private final Method method;
        private final Class<?>[] parameterTypes;
        private final TypeDescriptor resultType;
        /** The result's descriptor narrowed to each class of result seen (a list method gives two or three). */
        private final Map<Class<?>, TypeDescriptor> narrowed = new ConcurrentHashMap<>(4);

        private DirectCall(ReflectiveMethodExecutor reflective, Method method) {
            this.reflective = reflective;
            this.method = method;
            this.parameterTypes = method.getParameterTypes();
            this.resultType = new TypeDescriptor(new MethodParameter(reflective.getMethod(), -1));
        }

        /** SpEL's executor itself where the method cannot be called directly (variable arguments, not accessible). */
        static MethodExecutor of(ReflectiveMethodExecutor reflective, Class<?> targetType) {
            var original = reflective.getMethod();
            if (original.isVarArgs()) {
                return reflective;
            }
            var callable = ClassUtils.getPubliclyAccessibleMethodIfPossible(original, targetType);
            if (!Modifier.isPublic(callable.getModifiers())
                    || !Modifier.isPublic(callable.getDeclaringClass().getModifiers())) {
                try {
                    callable.setAccessible(true);
                } catch (RuntimeException notOpen) {
                    return reflective;
                }
            }
            return new DirectCall(reflective, callable);
        }

        @Override
        public TypedValue execute(EvaluationContext context, Object target, Object... arguments)
                throws AccessException {
            if (!ofParameterTypes(arguments)) {
                return reflective.execute(context, target, arguments);
            }
            Object value;
            try {
                value = method.invoke(target, arguments);
            } catch (Exception ex) { // as SpEL's executor: MethodReference unwraps the method's own exception
                throw new AccessException("Problem invoking method: " + method, ex);
            }
            return new TypedValue(value, describe(value));
        }

        private boolean ofParameterTypes(Object[] arguments) {
            if (arguments.length != parameterTypes.length) {
                return false;
            }
            for (int i = 0; i < arguments.length; i++) {
                if (!ClassUtils.isAssignableValue(parameterTypes[i], arguments[i])) {
                    return false;
                }
            }
            return true;
        }

        private TypeDescriptor describe(Object value) {
            if (value == null) {
                return resultType;
            }
            var descriptor = narrowed.get(value.getClass());
            if (descriptor == null) {
                descriptor = resultType.narrow(value);
                narrowed.put(value.getClass(), descriptor);
            }
            return descriptor;
        }
    }
}

package org.binome.shared;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.ProblemDetail;

/**
 * Documents an API operation's 404: what has no such id, answered as {@code application/problem+json} (the shell's
 * {@code Refusals} answers a {@link RuleViolation#notFound} so under {@code /api/}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
        responseCode = "404",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
public @interface NotFoundResponse {

    /** What the caller reads, e.g. "No programme has this id". */
    @AliasFor(annotation = ApiResponse.class, attribute = "description")
    String value();
}

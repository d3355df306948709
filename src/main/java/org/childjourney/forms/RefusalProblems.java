package org.childjourney.forms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every API answers a refusal the same way: an RFC 9457 problem with the rule's message and the fields to correct. */
@RestControllerAdvice(annotations = RestController.class)
public class RefusalProblems {

    private static final Logger log = LoggerFactory.getLogger(RefusalProblems.class);

    @ExceptionHandler(RefusedException.class)
    public ProblemDetail refused(RefusedException refused) {
        log.info("Refused ({}): {}", refused.reason(), refused.getMessage());
        HttpStatus status = switch (refused.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setTitle(switch (refused.reason()) {
            case NOT_FOUND -> "Not found";
            case NOT_ALLOWED -> "Not allowed";
            case CONFLICT -> "Already done or with someone else";
            case INVALID -> "Not saved: please correct";
        });
        problem.setProperty("errors", refused.fieldErrors());
        return problem;
    }
}

package org.childjourney.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedRefusalsLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final ExpectedRefusalsLogFilter filter = new ExpectedRefusalsLogFilter();

    @Test
    void dropsOnlyTheEnginesErrorCopyOfARuleRefusal() {
        var engineContext = context.getLogger("org.camunda.bpm.engine.context");
        var refusal = new ProcessEngineException("ENGINE-03051 ...", new WorkRuleException("Allocation refused: ..."));

        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", new Object[] {refusal}, null)).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004", null, refusal)).isEqualTo(FilterReply.DENY);
        // A real fault is still logged, and so is anything logged by the product itself.
        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004", null,
                new ProcessEngineException("boom", new NullPointerException()))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("org.childjourney.tasks"), Level.ERROR, "x", null, refusal)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engineContext, Level.WARN, "x", null, refusal)).isEqualTo(FilterReply.NEUTRAL);
    }
}

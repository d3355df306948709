package org.childjourney;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Base of the process tests: the real application (real models from bpmn/, real H2, demo workforce), one Spring context
 * shared by every test class, the job executor off so tests run timers themselves after moving the engine clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "spring.datasource.url=jdbc:h2:mem:child-journey-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ProcessTest {

    protected static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected JdbcClient db;

    @BeforeEach
    void startClean() {
        BpmnAwareTests.init(engine);
        List<String> running = engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list().stream().map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            engine.getRuntimeService().deleteProcessInstances(running, "test clean-up", true, true);
        }
        for (String table : List.of("audit_event", "chronology_entry", "allocation", "hand_off", "contact", "episode", "child")) {
            db.sql("delete from " + table).update();
        }
    }

    @AfterEach
    void resetClock() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    /** A moment in London time, as people write it: "2026-12-24T16:00". */
    protected static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    protected static Date londonDate(String localDateTime) {
        return Date.from(london(localDateTime));
    }

    protected void clockAt(String londonTime) {
        ClockUtil.setCurrentTime(londonDate(londonTime));
    }

    /** Moves the engine clock and runs every timer that has fallen due, as the job executor would. */
    protected void moveClockAndRunTimers(String londonTime) {
        clockAt(londonTime);
        List<Job> due;
        while (!(due = engine.getManagementService().createJobQuery().executable().timers().list()).isEmpty()) {
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }
}

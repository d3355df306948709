package org.childjourney.childrecord.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

@Component
public class DeployedModels {

    private final ProcessEngine engine;

    public DeployedModels(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    public String bpmn(String processDefinitionId) {
        try (InputStream in = engine.getRepositoryService().getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no process definition " + processDefinitionId);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.childjourney.childrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.childjourney.childrecord.engine.DeployedModels;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The deployed BPMN of a stage, for drawing a child's journey on it. Models hold no child's data; sign-in is still required. */
@RestController
@Tag(name = "Child record")
public class ModelController {

    private final DeployedModels models;

    public ModelController(DeployedModels models) {
        this.models = models;
    }

    @GetMapping(value = "/api/process-definitions/{processDefinitionId}/bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The BPMN XML of a deployed process definition (the version a child's stage ran on)")
    public String bpmn(@PathVariable String processDefinitionId) {
        return models.bpmn(processDefinitionId);
    }
}

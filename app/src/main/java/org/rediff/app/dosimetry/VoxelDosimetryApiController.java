package org.rediff.app.dosimetry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.service.dosimetry.VoxelDosimetryRecords;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** A patient's attached voxel dosimetry summaries (clinical roles; researchers see none). */
@RestController
class VoxelDosimetryApiController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final VoxelDosimetryRecords records;

    VoxelDosimetryApiController(VoxelDosimetryRecords records) {
        this.records = records;
    }

    @GetMapping(value = "/api/v1/patients/{id}/voxel-dosimetry", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> list(@PathVariable String id) {
        return records.ofPatient(id).stream().map(v -> {
            final Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", v.id());
            m.put("created_at", v.createdAt().toString());
            m.put("created_by", v.createdBy());
            m.put("summary", JSON.readTree(v.document()));
            return m;
        }).toList();
    }
}

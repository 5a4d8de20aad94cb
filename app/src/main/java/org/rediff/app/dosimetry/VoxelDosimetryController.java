package org.rediff.app.dosimetry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rediff.app.security.CurrentUser;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.Nuclide;
import org.rediff.core.dosimetry.VoxelSValueKernel;
import org.rediff.core.dosimetry.voxel.ActivityFrame;
import org.rediff.core.dosimetry.voxel.VoxelDoseResult;
import org.rediff.core.dosimetry.voxel.VoxelDosimetry;
import org.rediff.core.dosimetry.voxel.VoxelFit;
import org.rediff.core.dosimetry.voxel.VoxelGrid;
import org.rediff.service.dosimetry.VoxelDosimetryRecords;
import org.rediff.io.chart.DoseVolumeHistogramSvg;
import org.rediff.io.dosimetry.VoxelDoseReport;
import org.rediff.io.image.DoseSlicePng;
import org.rediff.io.image.Nifti;
import org.rediff.io.image.NiftiImage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The voxel dosimetry page: NIfTI time points (one file and its hours per row) and an optional label map in, the
 * label dose table, the DVH plot and a slice viewer (PET in grey, dose in colour, label contours) out, with the
 * dose map as a download. The same pipeline as {@code rediff dosimetry voxel}.
 */
@Controller
class VoxelDosimetryController {
    static final int ROWS = 6;
    private final VoxelRuns runs;
    private final VoxelDosimetryRecords records;

    VoxelDosimetryController(VoxelRuns runs, VoxelDosimetryRecords records) {
        this.runs = runs;
        this.records = records;
    }

    /**
     * Attaches a kept result's summary (label doses, kernel, fit, the time points, warnings; not the map) to a
     * registry patient, and opens the patient's page there.
     */
    @PostMapping("/dosimetry/voxel/{id}/attach")
    String attach(@PathVariable String id, @RequestParam(required = false) String patient, Model model,
                  HttpServletResponse response) {
        final VoxelRuns.Run run = runs.find(id).orElse(null);
        if (run == null) {
            response.setStatus(404);
            model.addAttribute("rows", ROWS);
            model.addAttribute("kept", VoxelRuns.KEPT);
            model.addAttribute("error", "this result is no longer kept (only the last " + VoxelRuns.KEPT
                    + " are): compute it again");
            return "dosimetry-voxel";
        }
        try {
            final var stored = records.attach(patient, VoxelDoseReport.json(VoxelDoseReport.summary(run.result(),
                    run.inputs())), CurrentUser.principal());
            return "redirect:/patients/" + java.net.URLEncoder.encode(stored.patientId(),
                    java.nio.charset.StandardCharsets.UTF_8) + "#voxel-dosimetry";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("rows", ROWS);
            model.addAttribute("kept", VoxelRuns.KEPT);
            model.addAttribute("run", run);
            model.addAttribute("dvh", DoseVolumeHistogramSvg.render(run.result().labels(), null));
            model.addAttribute("doseMax", run.doseMaxPerGBqGy());
            model.addAttribute("slice", run.result().grid().nz() / 2);
            model.addAttribute("attachError", e.getMessage());
            model.addAttribute("attachPatient", patient);
            return "dosimetry-voxel";
        }
    }

    @GetMapping("/dosimetry/voxel")
    String page(Model model) {
        model.addAttribute("rows", ROWS);
        model.addAttribute("kept", VoxelRuns.KEPT);
        return "dosimetry-voxel";
    }

    @PostMapping("/dosimetry/voxel")
    String run(@RequestParam(name = "image", required = false) List<MultipartFile> images,
               @RequestParam(name = "hours", required = false) List<String> hours,
               @RequestParam(required = false) MultipartFile labels,
               @RequestParam(name = "administered_MBq", required = false) String administered,
               @RequestParam(defaultValue = "I-124") String tracer, @RequestParam(defaultValue = "mono") String fit,
               @RequestParam(defaultValue = "soft") String tissue,
               @RequestParam(name = "activity_GBq", required = false) String activity, Model model,
               HttpServletResponse response) {
        model.addAttribute("rows", ROWS);
        model.addAttribute("kept", VoxelRuns.KEPT);
        try {
            final VoxelRuns.Run run = compute(images == null ? List.of() : images, hours == null ? List.of() : hours,
                    labels, administered, tracer, fit, tissue, activity);
            model.addAttribute("run", run);
            model.addAttribute("dvh", DoseVolumeHistogramSvg.render(run.result().labels(), activityOf(activity)));
            model.addAttribute("doseMax", run.doseMaxPerGBqGy());
            model.addAttribute("slice", run.result().grid().nz() / 2);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("error", e.getMessage());
        }
        return "dosimetry-voxel";
    }

    @GetMapping(value = "/dosimetry/voxel/{id}/slice.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> slice(@PathVariable String id, @RequestParam int z) {
        final VoxelRuns.Run run = runs.find(id).orElse(null);
        if (run == null) {
            return ResponseEntity.notFound().build();
        }
        final VoxelGrid g = run.result().grid();
        if (z < 0 || z >= g.nz()) {
            throw InvalidInputException.of("z", z, "a slice from 0 to " + (g.nz() - 1));
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(DoseSlicePng.render(g, run.pet(),
                run.result().dosePerGBqGy(), run.labels(), z, run.doseMaxPerGBqGy(), run.petWhiteBqPerMl(), 2.0));
    }

    @GetMapping(value = "/dosimetry/voxel/{id}/dose.nii")
    ResponseEntity<byte[]> doseMap(@PathVariable String id) {
        final VoxelRuns.Run run = runs.find(id).orElse(null);
        if (run == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", "attachment; filename=\"dose_Gy_per_GBq.nii\"")
                .body(Nifti.bytes(run.result().grid(), run.result().dosePerGBqGyAsFloat(), null,
                        "Gy per GBq I-131 (rediff voxel dosimetry)"));
    }

    private VoxelRuns.Run compute(List<MultipartFile> images, List<String> hours, MultipartFile labelFile,
                                  String administered, String tracer, String fit, String tissue, String activity) {
        final List<ActivityFrame> frames = new ArrayList<>();
        final List<String> inputs = new ArrayList<>();
        VoxelGrid grid = null;
        float[] pet = null;
        for (int i = 0; i < images.size(); i++) {
            final MultipartFile f = images.get(i);
            if (f == null || f.isEmpty()) {
                continue;
            }
            final String h = i < hours.size() ? hours.get(i).strip() : "";
            if (h.isEmpty()) {
                throw InvalidInputException.of("hours[" + i + "]", "", "the hours after the tracer for "
                        + f.getOriginalFilename());
            }
            final NiftiImage img = Nifti.read(bytes(f), f.getOriginalFilename());
            if (grid == null) {
                grid = img.grid();
                pet = img.values();
            } else if (!grid.matches(img.grid())) {
                throw new InvalidInputException(f.getOriginalFilename() + ": grid " + img.grid().describe()
                        + " differs from the first image's (" + grid.describe() + "); the time points must be "
                        + "co-registered on one grid");
            }
            frames.add(new ActivityFrame(number("hours[" + i + "]", h), img.values()));
            inputs.add(f.getOriginalFilename() + " at " + h + " h");
        }
        if (grid == null) {
            throw InvalidInputException.of("image", "none", "at least two NIfTI time points (.nii or .nii.gz)");
        }
        int[] labelMap = null;
        if (labelFile != null && !labelFile.isEmpty()) {
            final NiftiImage l = Nifti.read(bytes(labelFile), labelFile.getOriginalFilename());
            if (!grid.matches(l.grid())) {
                throw new InvalidInputException(labelFile.getOriginalFilename() + ": grid " + l.grid().describe()
                        + " differs from the images' (" + grid.describe() + ")");
            }
            labelMap = l.labels();
        }
        final VoxelFit voxelFit = switch (fit) {
            case "mono" -> VoxelFit.MONO;
            case "trapezoid" -> VoxelFit.TRAPEZOID;
            default -> throw InvalidInputException.of("fit", fit, "mono or trapezoid");
        };
        final VoxelSValueKernel.Tissue medium = switch (tissue) {
            case "soft" -> VoxelSValueKernel.Tissue.SOFT;
            case "bone" -> VoxelSValueKernel.Tissue.BONE;
            default -> throw InvalidInputException.of("tissue", tissue, "soft or bone");
        };
        if (administered == null || administered.isBlank()) {
            throw InvalidInputException.of("administered_MBq", "", "the tracer activity administered, MBq");
        }
        final VoxelDoseResult r = VoxelDosimetry.run(grid, frames, Nuclide.parse(tracer, "tracer"),
                number("administered_MBq", administered), voxelFit, medium, labelMap, activityOf(activity));
        inputs.add("tracer " + tracer + ", " + administered.strip() + " MBq administered");
        if (labelMap != null) {
            inputs.add("labels " + labelFile.getOriginalFilename());
        }
        return runs.keep(r, pet, labelMap, CurrentUser.principal().name(), inputs);
    }

    private static Double activityOf(String activity) {
        return activity == null || activity.isBlank() ? null : number("activity_GBq", activity);
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException(f.getOriginalFilename() + ": the upload could not be read");
        }
    }

    private static double number(String field, String text) {
        try {
            final double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, text, "a number");
        }
    }
}

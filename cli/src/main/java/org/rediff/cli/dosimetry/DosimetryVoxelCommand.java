package org.rediff.cli.dosimetry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rediff.cli.OutputFormat;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.DosimetryPlanner;
import org.rediff.core.dosimetry.LesionDosePerGBq;
import org.rediff.core.dosimetry.Nuclide;
import org.rediff.core.dosimetry.PlanInput;
import org.rediff.core.dosimetry.PlanResult;
import org.rediff.core.dosimetry.VoxelSValueKernel;
import org.rediff.core.dosimetry.voxel.ActivityFrame;
import org.rediff.core.dosimetry.voxel.SphereLabels;
import org.rediff.core.dosimetry.voxel.VoxelDoseResult;
import org.rediff.core.dosimetry.voxel.VoxelDosimetry;
import org.rediff.core.dosimetry.voxel.VoxelFit;
import org.rediff.core.dosimetry.voxel.VoxelGrid;
import org.rediff.io.dosimetry.PlanInputJson;
import org.rediff.io.dosimetry.VoxelDoseReport;
import org.rediff.io.image.DicomSeries;
import org.rediff.io.image.DicomSeriesReader;
import org.rediff.io.image.Nifti;
import org.rediff.io.image.NiftiImage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Voxel dosimetry from a co-registered series of tracer PET volumes. */
@Command(name = "voxel", mixinStandardHelpOptions = true,
        description = {"I-131 dose map and per-label dose statistics from a series of co-registered tracer PET "
                + "volumes (NIfTI-1, activity concentration in Bq/ml as measured, not decay-corrected): per-voxel "
                + "time-activity integration, 124I -> 131I kinetics, FFT convolution with the Lanconelli 2012 "
                + "I-131 voxel S-value kernel.",
                "Writes DIR/dose_Gy_per_GBq.nii (float32, same grid and orientation) and DIR/dvh.csv."})
public final class DosimetryVoxelCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--image", required = true, paramLabel = "FILE_OR_DICOM_DIR", description = "A time point: a "
            + "volume (.nii or .nii.gz) or a folder of its DICOM PET slices (Units BQML); repeat, one --hours per "
            + "--image, in the same order.")
    List<Path> images;

    @Option(names = "--hours", required = true, paramLabel = "H", description = "Hours after the tracer was given, "
            + "for the --image in the same place.")
    List<Double> hours;

    @Option(names = "--tracer", defaultValue = "I-124", description = "The imaged nuclide (default "
            + "${DEFAULT-VALUE}; I-131 for 131I imaging).")
    String tracer;

    @Option(names = "--administered-MBq", required = true, paramLabel = "A", description = "Tracer activity "
            + "administered, MBq.")
    double administeredMBq;

    @Option(names = "--labels", paramLabel = "FILE.nii", description = "Label map on the same grid (0 = background).")
    Path labels;

    @Option(names = "--sphere", paramLabel = "X,Y,Z,R", description = "A lesion sphere: centre and radius in mm from "
            + "the centre of voxel (0,0,0) along the image axes; repeat; labelled 1, 2, … (instead of --labels).")
    List<String> spheres = new ArrayList<>();

    @Option(names = "--fit", defaultValue = "mono", description = "mono or trapezoid (default ${DEFAULT-VALUE}).")
    String fit;

    @Option(names = "--tissue", defaultValue = "soft", description = "Kernel medium: soft or bone (default "
            + "${DEFAULT-VALUE}).")
    String tissue;

    @Option(names = "--activity-GBq", paramLabel = "X", description = "I-131 activity for V20Gy, GBq.")
    Double activityGBq;

    @Option(names = "--plan", paramLabel = "FILE.json", description = "A plan file of rediff dosimetry plan: its "
            + "whole-body and blood measurements give the blood MTA and the 48-h retention limit, its target_dose_Gy, "
            + "rule (index_lesion:N names label N) and max_activity_GBq the prescription, with each label's mean "
            + "dose standing for a lesion (needs --labels or --sphere).")
    Path plan;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the dose map and DVH.")
    Path out;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        final long start = System.nanoTime();
        if (images.size() != hours.size()) {
            throw new InvalidInputException("--hours: " + hours.size() + " given for " + images.size() + " --image; "
                    + "give one --hours per --image, in the same order");
        }
        final Nuclide nuclide = Nuclide.parse(tracer, "--tracer");
        final VoxelFit voxelFit = switch (fit) {
            case "mono" -> VoxelFit.MONO;
            case "trapezoid" -> VoxelFit.TRAPEZOID;
            default -> throw new InvalidInputException("--fit " + fit + ": allowed: mono, trapezoid");
        };
        final VoxelSValueKernel.Tissue medium = switch (tissue) {
            case "soft" -> VoxelSValueKernel.Tissue.SOFT;
            case "bone" -> VoxelSValueKernel.Tissue.BONE;
            default -> throw new InvalidInputException("--tissue " + tissue + ": allowed: soft, bone");
        };
        if (labels != null && !spheres.isEmpty()) {
            throw new InvalidInputException("--sphere: give either --labels or --sphere, not both");
        }
        final Progress progress = new Progress(format != OutputFormat.json, images.size() + 2);
        final List<ActivityFrame> frames = new ArrayList<>();
        VoxelGrid grid = null;
        byte[] orientation = null;
        final List<String> readWarnings = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            final NiftiImage img = Files.isDirectory(images.get(i)) ? dicom(images.get(i), hours.get(i), nuclide,
                    readWarnings) : Nifti.read(images.get(i));
            if (grid == null) {
                grid = img.grid();
                orientation = img.orientation();
            } else if (!grid.matches(img.grid())) {
                throw new InvalidInputException(images.get(i) + ": grid " + img.grid().describe() + " differs from "
                        + images.get(0) + " (" + grid.describe() + "); the time points must be co-registered on one "
                        + "grid");
            }
            frames.add(new ActivityFrame(hours.get(i), img.values()));
            progress.step("read " + images.get(i).getFileName());
        }
        int[] labelMap = null;
        if (labels != null) {
            final NiftiImage l = Nifti.read(labels);
            if (!grid.matches(l.grid())) {
                throw new InvalidInputException(labels + ": grid " + l.grid().describe() + " differs from the "
                        + "images' (" + grid.describe() + ")");
            }
            labelMap = l.labels();
        } else if (!spheres.isEmpty()) {
            labelMap = SphereLabels.of(grid, spheres.stream().map(DosimetryVoxelCommand::sphere).toList());
        }
        final double read = (System.nanoTime() - start) / 1e9;
        VoxelDoseResult r;
        try {
            r = VoxelDosimetry.run(grid, frames, nuclide, administeredMBq, voxelFit, medium, labelMap, activityGBq);
        } catch (InvalidInputException e) {
            throw e.renamed(name -> switch (name) {
                case "administered_MBq" -> "--administered-MBq";
                case "activity_GBq" -> "--activity-GBq";
                case "hours" -> "--hours";
                default -> name;
            });
        }
        if (!readWarnings.isEmpty()) {
            final List<String> all = new ArrayList<>(readWarnings);
            all.addAll(r.warnings());
            r = new VoxelDoseResult(r.grid(), r.dosePerGBqGy(), r.kernel(), r.fit(), r.labels(), List.copyOf(all),
                    r.fitSeconds(), r.convolveSeconds());
        }
        progress.step("dose map");
        final long writeStart = System.nanoTime();
        Files.createDirectories(out);
        final Path map = out.resolve("dose_Gy_per_GBq.nii");
        Nifti.write(map, grid, r.dosePerGBqGyAsFloat(), orientation, "Gy per GBq I-131 (rediff voxel dosimetry)");
        final Path dvh = out.resolve("dvh.csv");
        final Path tmp = out.resolve("dvh.csv.part");
        Files.writeString(tmp, VoxelDoseReport.dvhCsv(r), StandardCharsets.UTF_8);
        Files.move(tmp, dvh, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        progress.step("written");
        final Map<String, Double> timing = new LinkedHashMap<>();
        timing.put("read", read);
        timing.put("fit", r.fitSeconds());
        timing.put("convolve", r.convolveSeconds());
        timing.put("write", (System.nanoTime() - writeStart) / 1e9);
        timing.put("total", (System.nanoTime() - start) / 1e9);
        final Map<String, Object> prescription = plan == null ? null : prescribe(r);
        String text;
        if (format == OutputFormat.json) {
            final Map<String, Object> m = VoxelDoseReport.toMap(r, map.toString(), timing);
            if (prescription != null) {
                m.put("prescription", prescription);
            }
            text = VoxelDoseReport.json(m);
        } else {
            text = VoxelDoseReport.toText(r, map.toString(), timing);
            if (prescription != null) {
                text += String.format(java.util.Locale.ROOT, "Prescription: %.2f GBq (%.0f mCi), limited by %s; "
                        + "proceed: %s (target %.1f Gy, rule %s, labels' mean doses)%n", prescription.get("activity_GBq"),
                        prescription.get("activity_mCi"), prescription.get("limited_by"),
                        (Boolean) prescription.get("proceed") ? "yes" : "no", prescription.get("target_dose_Gy"),
                        prescription.get("rule"));
            }
        }
        progress.done();
        spec.commandLine().getOut().println(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * A DICOM time point as a volume: its half-life must be the tracer's, and its scan time should be the one given
     * (a different one is reported, the given one used).
     */
    private static NiftiImage dicom(Path dir, double givenHours, Nuclide tracer, List<String> warnings) {
        final DicomSeries s = DicomSeriesReader.read(dir);
        final double tracerHalfLifeS = tracer.halfLifeHours() * 3600;
        if (s.halfLifeSeconds() != null && Math.abs(s.halfLifeSeconds() / tracerHalfLifeS - 1) > 0.01) {
            throw new InvalidInputException(dir + ": Radionuclide Half Life " + s.halfLifeSeconds() + " s is not "
                    + tracer.code() + "'s (" + Math.round(tracerHalfLifeS) + " s); check --tracer");
        }
        if (s.hoursAfterAdministration() != null && Math.abs(s.hoursAfterAdministration() - givenHours) > 0.25) {
            warnings.add(String.format(java.util.Locale.ROOT, "%s: the DICOM times put the scan %.2f h after "
                    + "administration; --hours %.2f was used", dir.getFileName(), s.hoursAfterAdministration(),
                    givenHours));
        }
        warnings.addAll(s.warnings());
        return new NiftiImage(s.grid(), s.bqPerMl(), null, "DICOM " + dir.getFileName());
    }

    /** The lesion planner's prescription rule on the labels' mean doses, with the plan file's limits. */
    private Map<String, Object> prescribe(VoxelDoseResult r) {
        if (r.labels().isEmpty()) {
            throw new InvalidInputException("--plan: the prescription needs lesions: give --labels or --sphere");
        }
        final String text;
        try {
            text = Files.readString(plan, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("--plan " + plan + ": cannot read: " + e.getMessage());
        }
        final PlanInput in = PlanInputJson.read(text, plan.toString());
        final PlanResult limits = DosimetryPlanner.plan(in);
        final PlanResult.Prescription rx = DosimetryPlanner.prescribe(in.rule(), in.targetDoseGy(),
                in.maxActivityGBq(), r.labels().stream().map(l -> new LesionDosePerGBq(String.valueOf(l.label()),
                        l.meanDosePerGBqGy())).toList(), limits.blood().mtaGBq(), limits.retentionLimitGBq());
        return VoxelDoseReport.prescription(rx, in.targetDoseGy(), in.rule().code(), limits.blood().mtaGBq(),
                limits.retentionLimitGBq());
    }

    private static SphereLabels.Sphere sphere(String text) {
        final String[] f = text.split(",");
        if (f.length != 4) {
            throw new InvalidInputException("--sphere " + text + ": give X,Y,Z,R in mm (four numbers)");
        }
        try {
            return new SphereLabels.Sphere(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--sphere " + text + ": give X,Y,Z,R in mm (four numbers)");
        }
    }
}

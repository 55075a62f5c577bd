package org.factdesk.pipeline.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.factdesk.api.detect.Detector;

/** The detectors registered right now (whiteboard), in a stable order: by flag type, then by service id. */
final class DetectorRegistry {
    /** A registered detector with the type and version it declared. */
    record RegisteredDetector(Detector detector, String type, String version, long serviceId) {
    }

    private final List<RegisteredDetector> detectors = new CopyOnWriteArrayList<>();

    void add(Detector detector, Map<String, Object> properties) {
        detectors.add(new RegisteredDetector(detector,
                ServiceProperties.string(properties.get(Detector.TYPE), "unknown"),
                ServiceProperties.string(properties.get(Detector.VERSION), "0"),
                ServiceProperties.longValue(properties.get("service.id"))));
    }

    void remove(Detector detector) {
        detectors.removeIf(d -> d.detector() == detector);
    }

    List<RegisteredDetector> snapshot() {
        return detectors.stream()
                .sorted(Comparator.comparing(RegisteredDetector::type).thenComparingLong(RegisteredDetector::serviceId))
                .toList();
    }

    /**
     * Names the set of detectors and their versions; cached results made under another signature are stale.
     */
    static String signature(List<RegisteredDetector> detectors) {
        return detectors.stream().map(d -> d.type() + "@" + d.version()).sorted().collect(Collectors.joining(","));
    }
}

package org.factdesk.detector.phone.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Span;
import org.osgi.service.component.annotations.Component;

/**
 * The phone detector: every number a reader could dial or text, normalized, with its channel.
 *
 * <p>Priority: a wrong hotline number can cost someone their way out, so numbers in a crisis or hotline
 * context rank highest (0.95); other full numbers 0.85; N11 service codes, which rarely go wrong, 0.6.
 *
 * <p>The system property {@value #WHOLE_TEXT_PROPERTY}{@code =true} makes libphonenumber's matcher scan the whole
 * text instead of only the stretches that can hold a number. The findings are the same either way (that is what
 * it is for: {@code factdesk bench} checks it on a real corpus and times both); only the time differs.
 */
@Component(property = {Detector.TYPE + "=" + FlagTypes.PHONE, Detector.VERSION + "=3"})
public final class PhoneDetector implements Detector {
    static final String WHOLE_TEXT_PROPERTY = "factdesk.phone.wholetext";

    private static final Pattern HOTLINE = Pattern.compile(
            "(?i)hotline|helpline|lifeline|crisis|24/7|24-hour|24 hour|text line|trafficking|emergency|shelter");

    private final PhoneFinder finder = new PhoneFinder();

    @Override
    public List<Finding> detect(AnalyzedDocument document) {
        List<Finding> findings = new ArrayList<>();
        String text = document.text();
        List<PhoneMatch> matches = Boolean.getBoolean(WHOLE_TEXT_PROPERTY) ? finder.findScanningWholeText(text) : finder.find(text);
        for (PhoneMatch m : matches) {
            Span sentence = document.sentenceAt(m.start());
            boolean hotline = HOTLINE.matcher(document.slice(sentence)).find();
            double priority = m.form().equals("service-code") ? 0.6 : hotline ? 0.95 : 0.85;
            Map<String, String> attributes = new TreeMap<>();
            attributes.put("channel", m.channel());
            attributes.put("form", m.form());
            if (!m.extension().isEmpty()) {
                attributes.put("extension", m.extension());
            }
            findings.add(new Finding(FlagTypes.PHONE, m.start(), m.end(), m.normalized(), priority, attributes));
        }
        return findings;
    }
}

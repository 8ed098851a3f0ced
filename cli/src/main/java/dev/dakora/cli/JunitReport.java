package dev.dakora.cli;

import dev.dakora.client.Experiment;
import dev.dakora.client.ExperimentColumn;
import dev.dakora.client.ExperimentResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An experiment as JUnit XML for CI: one {@code testsuite} per column (template version on a model), one
 * {@code testcase} per row and sample; a result that did not pass has a {@code failure} carrying the
 * reasons of its failed assertions (or the call's error).
 */
final class JunitReport {

    private JunitReport() {
    }

    static void write(Path file, Experiment experiment, List<ExperimentResult> results) {
        try {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suites = xml.createElement("testsuites");
            suites.setAttribute("name", experiment.name());
            xml.appendChild(suites);
            int allTests = 0;
            int allFailures = 0;
            for (ExperimentColumn column : experiment.columns()) {
                List<ExperimentResult> cells = results.stream()
                        .filter(result -> result.version().equals(column.version()) && result.model().equals(column.model())).toList();
                Element suite = xml.createElement("testsuite");
                int failures = (int) cells.stream().filter(result -> !result.passed()).count();
                suite.setAttribute("name", experiment.name() + " " + column.version() + " on " + column.model());
                suite.setAttribute("tests", String.valueOf(cells.size()));
                suite.setAttribute("failures", String.valueOf(failures));
                suite.setAttribute("errors", "0");
                suite.setAttribute("skipped", "0");
                suite.setAttribute("time", seconds(cells.stream().mapToLong(ExperimentResult::latencyMs).sum()));
                for (ExperimentResult cell : cells) {
                    suite.appendChild(testcase(xml, experiment, cell));
                }
                suites.appendChild(suite);
                allTests += cells.size();
                allFailures += failures;
            }
            suites.setAttribute("tests", String.valueOf(allTests));
            suites.setAttribute("failures", String.valueOf(allFailures));
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            transformer.transform(new DOMSource(xml), new StreamResult(file.toFile()));
        } catch (ParserConfigurationException | TransformerException | IOException e) {
            throw new CliException(ExitCodes.OTHER, "Cannot write the JUnit report " + file + ": " + e.getMessage());
        }
    }

    private static Element testcase(Document xml, Experiment experiment, ExperimentResult cell) {
        Element testcase = xml.createElement("testcase");
        testcase.setAttribute("classname", experiment.name() + "." + cell.version() + "." + cell.model());
        testcase.setAttribute("name", "row " + cell.row() + " sample " + cell.sample());
        testcase.setAttribute("time", seconds(cell.latencyMs()));
        if (!cell.passed()) {
            String reasons = cell.succeeded() ? cell.assertions().stream().filter(a -> !Boolean.TRUE.equals(a.get("passed")))
                    .map(JunitReport::reason).collect(Collectors.joining("\n")) : "call failed: " + cell.error();
            Element failure = xml.createElement("failure");
            failure.setAttribute("type", cell.succeeded() ? "assertion" : "call");
            failure.setAttribute("message", xmlSafe(firstLine(reasons)));
            failure.setTextContent(xmlSafe(reasons + "\n\noutput: " + (cell.output() == null ? "" : cell.output())));
            testcase.appendChild(failure);
        }
        return testcase;
    }

    private static String reason(Map<String, Object> assertion) {
        Object reason = assertion.get("reason");
        return assertion.get("type") + ": " + (reason == null ? "failed (score " + assertion.get("score") + ")" : reason);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** XML 1.0 cannot carry most control characters, even escaped: they are dropped from model output. */
    private static String xmlSafe(String text) {
        return text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}

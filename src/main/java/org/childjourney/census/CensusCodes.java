package org.childjourney.census;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Children in Need census code lists, read from the DfE schema itself
 * (src/main/resources/cin-census/CIN_schema_2024.xsd), so the codes we capture are the census's own.
 */
public final class CensusCodes {

    public static final String REFERRAL_SOURCE = "referralsourcetype";
    public static final String ETHNICITY = "ethnicitytype";
    public static final String DISABILITY = "disabilitytype";
    public static final String PRIMARY_NEED = "primaryneedcodetype";
    public static final String REASON_FOR_CLOSURE = "reasonforclosuretype";
    public static final String CATEGORY_OF_ABUSE = "categoryofabuse";

    private static final Map<String, Map<String, String>> LISTS = load();

    private CensusCodes() {
    }

    /** Code to meaning, in the schema's order. */
    public static Map<String, String> list(String type) {
        Map<String, String> list = LISTS.get(type);
        if (list == null) {
            throw new IllegalArgumentException("The CIN census schema has no code list " + type);
        }
        return list;
    }

    public static boolean isValid(String type, String code) {
        return code != null && list(type).containsKey(code);
    }

    public static Optional<String> meaning(String type, String code) {
        return Optional.ofNullable(list(type).get(code));
    }

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = CensusCodes.class.getResourceAsStream("/cin-census/CIN_schema_2024.xsd")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document schema = factory.newDocumentBuilder().parse(in);
            Map<String, Map<String, String>> lists = new LinkedHashMap<>();
            NodeList types = schema.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
            for (int i = 0; i < types.getLength(); i++) {
                Element type = (Element) types.item(i);
                NodeList enumerations = type.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "enumeration");
                Map<String, String> codes = new LinkedHashMap<>();
                for (int j = 0; j < enumerations.getLength(); j++) {
                    Element enumeration = (Element) enumerations.item(j);
                    NodeList docs = enumeration.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "documentation");
                    String meaning = docs.getLength() > 0 ? docs.item(0).getTextContent().trim() : enumeration.getAttribute("value");
                    codes.put(enumeration.getAttribute("value"), meaning);
                }
                if (!codes.isEmpty()) {
                    lists.put(type.getAttribute("name"), Collections.unmodifiableMap(codes));
                }
            }
            return Collections.unmodifiableMap(lists);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the CIN census code lists from the schema", e);
        }
    }
}

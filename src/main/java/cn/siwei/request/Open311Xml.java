package cn.siwei.request;

import java.util.List;
import java.util.Map;

/**
 * The XML of Open311 GeoReport v2: a root element holding one element per item; a list inside an item is an
 * element holding one element per entry, named by the singular of the list's name (attributes → attribute,
 * values → value, endpoints → endpoint, formats → format); an absent value is an empty element.
 */
final class Open311Xml {

	private Open311Xml() {
	}

	/**
	 * @param root the root element
	 * @param item the element of each item when {@code value} is a list, or null when it is one object
	 */
	static String write(String root, String item, Object value) {
		StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root).append('>');
		if (value instanceof List<?> list) {
			for (Object o : list) {
				element(b, item, o);
			}
		}
		else {
			fields(b, (Map<?, ?>) value);
		}
		return b.append("</").append(root).append(">\n").toString();
	}

	private static void element(StringBuilder b, String name, Object value) {
		if (value == null) {
			b.append('<').append(name).append("/>");
			return;
		}
		b.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			fields(b, map);
		}
		else if (value instanceof List<?> list) {
			for (Object o : list) {
				element(b, singular(name), o);
			}
		}
		else {
			escape(b, String.valueOf(value));
		}
		b.append("</").append(name).append('>');
	}

	private static void fields(StringBuilder b, Map<?, ?> map) {
		map.forEach((k, v) -> element(b, String.valueOf(k), v));
	}

	static String singular(String name) {
		return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
	}

	private static void escape(StringBuilder b, String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&apos;");
				default -> {
					// characters XML 1.0 cannot carry are left out rather than making the document unreadable
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						b.append(c);
					}
				}
			}
		}
	}

}

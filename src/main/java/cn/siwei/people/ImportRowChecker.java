package cn.siwei.people;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.context.MessageSource;

import cn.siwei.access.Actor;
import cn.siwei.access.Scope;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * Checks one row of a residents' sheet against the same rules as the person form, and turns it into a staged row
 * with its problems; remembers regions by code for the whole sheet.
 */
final class ImportRowChecker {

	private final Actor actor;

	private final Scope scope;

	private final Map<String, Optional<Region>> regionsByCode = new LinkedHashMap<>();

	private final Map<String, CareTag> tagsByLabel = new HashMap<>();

	private final People people;

	private final Regions regions;

	private final MessageSource messages;

	ImportRowChecker(Actor actor, People people, Regions regions, MessageSource messages) {
		this.actor = actor;
		this.people = people;
		this.regions = regions;
		this.messages = messages;
		this.scope = Scope.of(actor.regionPath());
		for (CareTag tag : CareTag.values()) {
			this.tagsByLabel.put(tag.name(), tag);
			this.tagsByLabel.put(this.messages.getMessage(tag.messageKey(), null, Locale.SIMPLIFIED_CHINESE), tag);
			this.tagsByLabel.put(this.messages.getMessage(tag.messageKey(), null, Locale.ENGLISH).toLowerCase(Locale.ROOT), tag);
		}
	}

	Object[] check(Row row, Map<String, Integer> header) {
		Violations v = new Violations();
		PersonForm form = new PersonForm();
		form.setName(text(row, header, "姓名"));
		String gender = text(row, header, "性别");
		form.setGender(switch (gender == null ? "" : gender.trim()) {
			case "" -> null;
			case "男", "M", "m" -> "M";
			case "女", "F", "f" -> "F";
			default -> gender;
		});
		form.setBirthDate(date(row, header, "出生日期", v));
		form.setPhone(text(row, header, "联系电话"));
		form.setIdNumber(text(row, header, "身份证号"));
		form.setAddress(text(row, header, "住址"));
		form.setSkills(text(row, header, "技能特长"));
		Set<CareTag> tags = EnumSet.noneOf(CareTag.class);
		String tagText = text(row, header, "关爱标签");
		if (tagText != null) {
			for (String t : tagText.split("[,，、;；\\s]+")) {
				if (t.isBlank()) {
					continue;
				}
				CareTag tag = this.tagsByLabel.get(t.trim());
				if (tag == null) {
					tag = this.tagsByLabel.get(t.trim().toLowerCase(Locale.ROOT));
				}
				if (tag == null) {
					v.add("careTags", "import.rejected.careTag", t.trim());
				}
				else {
					tags.add(tag);
				}
			}
		}
		form.setCareTags(tags);
		form.setPartyMember(flag(row, header, "党员", "partyMember", v));
		form.setVolunteer(flag(row, header, "志愿者", "volunteer", v));
		People.Cleaned c = this.people.clean(form, v);
		String code = text(row, header, "区域编码");
		Region region = null;
		if (code == null) {
			v.add("region", "validation.required");
		}
		else {
			region = this.regionsByCode
				.computeIfAbsent(code.trim(), k -> this.regions.findByCode(k)
					.filter(r -> this.scope.covers(r.path()) && r.active()))
				.orElse(null);
			if (region == null) {
				v.add("region", "import.rejected.regionCode");
			}
		}
		String[] errors = v.list().stream()
			.map(x -> (x.field() == null ? "" : x.field()) + "|" + x.messageKey() + "|"
					+ (x.args().length > 0 ? x.args()[0] : ""))
			.toArray(String[]::new);
		return new Object[] { row.getRowNum(), cut(c.name(), form.getName(), 100), c.gender(),
				c.birthDate() == null ? null : Date.valueOf(c.birthDate()), v.has("phone") ? null : c.phone(),
				v.has("idNumber") ? null : c.idNumber(), c.address(), region == null ? null : region.id(),
				region == null ? null : region.path(), PersonRepository.toArray(tags.stream().map(Enum::name).toList()),
				form.isPartyMember(), form.isVolunteer(), PersonRepository.toArray(v.has("skills") ? List.of() : c.skills()),
				PersonRepository.toArray(List.of(errors)) };
	}

	private String cut(String clean, String raw, int max) {
		String value = clean != null ? clean : raw;
		return value == null ? null : value.length() > max ? value.substring(0, max) : value;
	}

	private String text(Row row, Map<String, Integer> header, String column) {
		Integer c = header.get(column);
		if (c == null || c >= row.getCellCount()) {
			return null;
		}
		Cell cell = row.getCell(c);
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return null;
		}
		String value;
		if (cell.getType() == CellType.NUMBER) {
			// Phone and ID numbers typed as numbers must not come back as 1.3909901234E10.
			value = ((BigDecimal) cell.getValue()).toPlainString();
		}
		else {
			value = cell.getRawValue();
		}
		value = value == null ? null : value.trim();
		return value == null || value.isEmpty() ? null : value;
	}

	private LocalDate date(Row row, Map<String, Integer> header, String column, Violations v) {
		Integer c = header.get(column);
		if (c == null || c >= row.getCellCount()) {
			return null;
		}
		Cell cell = row.getCell(c);
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return null;
		}
		try {
			if (cell.getType() == CellType.NUMBER) {
				return cell.asDate().toLocalDate();
			}
			String t = cell.getRawValue().trim().replace('/', '-').replace('.', '-');
			return t.isEmpty() ? null : LocalDate.parse(t);
		}
		catch (DateTimeParseException | IllegalStateException | ArithmeticException ex) {
			v.add("birthDate", "import.rejected.date");
			return null;
		}
	}

	private boolean flag(Row row, Map<String, Integer> header, String column, String field, Violations v) {
		String t = text(row, header, column);
		if (t == null) {
			return false;
		}
		return switch (t) {
			case "是", "Y", "y", "yes", "Yes", "1", "TRUE", "true" -> true;
			case "否", "N", "n", "no", "No", "0", "FALSE", "false" -> false;
			default -> {
				v.add(field, "import.rejected.flag");
				yield false;
			}
		};
	}

}

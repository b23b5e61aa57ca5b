package cn.siwei.platform;

import java.util.Optional;

/**
 * What every photo a user uploads must be: a JPEG, PNG or WebP image, recognised by its own first bytes (not by
 * what the browser claims), of at most 5 MB.
 */
public final class Photos {

	/** The largest photo kept. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private Photos() {
	}

	/**
	 * Checks a photo before anything is saved.
	 * @return its content type
	 * @throws Rejected when it is missing, too large or not a JPEG, PNG or WebP image
	 */
	public static String check(byte[] data) {
		if (data == null || data.length == 0) {
			throw Rejected.field("photo", "validation.required");
		}
		if (data.length > MAX_BYTES) {
			throw Rejected.field("photo", "photo.rejected.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		return typeOf(data).orElseThrow(() -> Rejected.field("photo", "photo.rejected.type"));
	}

	/** The largest document (a scanned receipt, a signed record as PDF) kept as evidence. */
	public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

	/**
	 * Checks a piece of evidence before anything is saved: a photo as {@link #check} allows, or a PDF document
	 * (recognised by its first bytes), of at most 10 MB.
	 * @return its content type
	 * @throws Rejected when it is missing, too large or neither
	 */
	public static String checkDocument(byte[] data) {
		if (data == null || data.length == 0) {
			throw Rejected.field("file", "validation.required");
		}
		if (data.length > MAX_DOCUMENT_BYTES) {
			throw Rejected.field("file", "photo.rejected.tooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024);
		}
		if (data.length >= 5 && data[0] == '%' && data[1] == 'P' && data[2] == 'D' && data[3] == 'F' && data[4] == '-') {
			return "application/pdf";
		}
		return typeOf(data).orElseThrow(() -> Rejected.field("file", "evidence.rejected.type"));
	}

	/** The file name ending for a content type this class lets in. */
	public static String extension(String contentType) {
		return switch (contentType) {
			case "image/jpeg" -> "jpg";
			case "image/png" -> "png";
			case "image/webp" -> "webp";
			case "application/pdf" -> "pdf";
			default -> "bin";
		};
	}

	/** The image type by its magic bytes, or empty for anything that is not a JPEG, PNG or WebP image. */
	public static Optional<String> typeOf(byte[] d) {
		if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
			return Optional.of("image/jpeg");
		}
		if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G' && d[4] == 0x0D
				&& d[5] == 0x0A && d[6] == 0x1A && d[7] == 0x0A) {
			return Optional.of("image/png");
		}
		if (d.length >= 12 && d[0] == 'R' && d[1] == 'I' && d[2] == 'F' && d[3] == 'F' && d[8] == 'W' && d[9] == 'E'
				&& d[10] == 'B' && d[11] == 'P') {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

}

package dev.mcpapt.conformance;

/** Tiny media samples: a 1x1 red PNG and a short silent WAV, base64-encoded. */
final class Media {
  /** A 1x1 red pixel, PNG. */
  static final String RED_PIXEL_PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

  /** A WAV header with 0.01 s of 8 kHz mono 8-bit silence. */
  static final String SILENT_WAV;

  static {
    int samples = 80;
    byte[] wav = new byte[44 + samples];
    put(wav, 0, "RIFF");
    le32(wav, 4, 36 + samples);
    put(wav, 8, "WAVEfmt ");
    le32(wav, 16, 16);
    le16(wav, 20, 1);
    le16(wav, 22, 1);
    le32(wav, 24, 8000);
    le32(wav, 28, 8000);
    le16(wav, 32, 1);
    le16(wav, 34, 8);
    put(wav, 36, "data");
    le32(wav, 40, samples);
    for (int i = 0; i < samples; i++) {
      wav[44 + i] = (byte) 0x80;
    }
    SILENT_WAV = java.util.Base64.getEncoder().encodeToString(wav);
  }

  private Media() {}

  private static void put(byte[] b, int at, String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      b[at + i] = (byte) ascii.charAt(i);
    }
  }

  private static void le16(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >> 8);
  }

  private static void le32(byte[] b, int at, int v) {
    le16(b, at, v);
    le16(b, at + 2, v >> 16);
  }
}

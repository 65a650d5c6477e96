package dev.mcpapt.runtime.widget;

import dev.mcpapt.annotations.Param;
import java.util.Objects;

/**
 * A file the user gave ChatGPT, as a tool argument. Declare a top-level tool parameter of this
 * type and the processor lists it in the tool's {@code _meta["openai/fileParams"]}, so ChatGPT
 * lets the user attach a file there and sends {@code {"download_url": ..., "file_id": ...}}.
 *
 * <pre>{@code
 * @Tool
 * public String summarize(FileRef document) throws IOException {
 *   byte[] bytes = httpClient.send(HttpRequest.newBuilder(document.downloadUri()).build(), ofByteArray()).body();
 *   ...
 * }
 * }</pre>
 *
 * @param downloadUrl a temporary URL the server can fetch the file from
 * @param fileId the host's id of the file
 */
public record FileRef(
    @Param(name = "download_url", description = "A temporary URL to download the file from") String downloadUrl,
    @Param(name = "file_id", description = "The host's id of the file") String fileId) {

  public FileRef {
    Objects.requireNonNull(downloadUrl, "downloadUrl");
    Objects.requireNonNull(fileId, "fileId");
  }

  /** {@link #downloadUrl()} as a URI. */
  public java.net.URI downloadUri() {
    return java.net.URI.create(downloadUrl);
  }
}

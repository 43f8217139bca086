package diplokg.server;

/**
 * How much one upload to {@code /kg-admin/articles} may bring; past any bound the upload is refused with 413 and
 * nothing is stored.
 *
 * @param requestBytes  bytes of the request body as sent (an archive still compressed)
 * @param fileBytes     bytes of one file once saved (an archive entry decompressed)
 * @param expandedBytes bytes of all files of the upload once saved: what bounds a zip bomb
 * @param files         files in one upload
 */
record UploadLimits(long requestBytes, long fileBytes, long expandedBytes, int files) {

    private static final long MIB = 1L << 20;

    UploadLimits {
        if (requestBytes < 1 || fileBytes < 1 || expandedBytes < fileBytes || files < 1) {
            throw new IllegalArgumentException("upload limits must be positive, with the expanded size at least one"
                    + " file's: " + requestBytes + ", " + fileBytes + ", " + expandedBytes + ", " + files);
        }
    }

    /**
     * 256 MiB sent, 8 MiB per file, 1 GiB expanded, 20,000 files: a day's articles of every agency with room to
     * spare. An article file is read only up to its own limit (1 MiB of text); larger files within these bounds are
     * saved and then rejected by the reader with that reason.
     */
    static UploadLimits standard() {
        return new UploadLimits(256 * MIB, 8 * MIB, 1024 * MIB, 20_000);
    }
}

/**
 * Article reading: turns one news article file into an {@link diplokg.article.Article} record (header fields, title,
 * body paragraphs with character offsets into the original text). First stage of the flow; it reads only files.
 */
package diplokg.article;

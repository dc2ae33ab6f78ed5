/**
 * The HTTP side of supporting documents, used by {@code DocumentResource} only: the multipart form an upload
 * binds to, and the mapper that answers a body the form parser cannot read. The rules of a document (its size,
 * its type read from the content, the application's state) are {@code ApplicationDocuments}' and throw domain
 * exceptions.
 */
package cn.gov.shandong.circular.acceptance.document.web;

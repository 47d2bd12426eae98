/** Plan import over HTTP: the upload within its size limit, the draft's representation, one use-case call per request. */
package vn.laichau.par.api.imports;

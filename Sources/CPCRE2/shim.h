#ifndef FACTCHECK_CPCRE2_SHIM_H
#define FACTCHECK_CPCRE2_SHIM_H

// The 8-bit library: FactCheck matches UTF-8 bytes.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// Swift cannot import cast-style macros; these wrap the ones FactCheck uses.
static inline size_t cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }
static inline uint32_t cpcre2_utf(void) { return PCRE2_UTF; }
static inline uint32_t cpcre2_ucp(void) { return PCRE2_UCP; }
static inline uint32_t cpcre2_caseless(void) { return PCRE2_CASELESS; }
static inline uint32_t cpcre2_anchored(void) { return PCRE2_ANCHORED; }
static inline uint32_t cpcre2_no_utf_check(void) { return PCRE2_NO_UTF_CHECK; }
static inline uint32_t cpcre2_notempty_atstart(void) { return PCRE2_NOTEMPTY_ATSTART; }
static inline uint32_t cpcre2_jit_complete(void) { return PCRE2_JIT_COMPLETE; }
static inline uint32_t cpcre2_info_capturecount(void) { return PCRE2_INFO_CAPTURECOUNT; }
static inline uint32_t cpcre2_info_namecount(void) { return PCRE2_INFO_NAMECOUNT; }
static inline uint32_t cpcre2_info_nameentrysize(void) { return PCRE2_INFO_NAMEENTRYSIZE; }
static inline uint32_t cpcre2_info_nametable(void) { return PCRE2_INFO_NAMETABLE; }
static inline int cpcre2_error_nomatch(void) { return PCRE2_ERROR_NOMATCH; }
static inline int cpcre2_error_matchlimit(void) { return PCRE2_ERROR_MATCHLIMIT; }
static inline int cpcre2_error_depthlimit(void) { return PCRE2_ERROR_DEPTHLIMIT; }
static inline int cpcre2_error_jit_stacklimit(void) { return PCRE2_ERROR_JIT_STACKLIMIT; }

#endif

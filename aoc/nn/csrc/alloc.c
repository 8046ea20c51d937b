/* alloc.c: 64-byte aligned allocation for tensors and tape pools (numpy's and malloc's 16-byte
 * alignment is not enough for AVX-512 loads to stay within one cache line). */
#define _DEFAULT_SOURCE /* madvise and sysconf under -std=c11 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

/* Big blocks ask for transparent huge pages, as numpy does: first touching 80 MB then costs
 * forty page faults instead of twenty thousand. */
static void advise_huge(char *p, size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    const uintptr_t lo = ((uintptr_t)p + page - 1) / page * page, hi = (uintptr_t)p + bytes;
    if (bytes >= ((size_t)4 << 20) && hi > lo)
        madvise((void *)lo, (hi - lo) / page * page, MADV_HUGEPAGE);
#else
    (void)p, (void)bytes;
#endif
}

size_t nn_round_up(size_t ndoubles)
{
    return (ndoubles + NN_LINE_DOUBLES - 1) / NN_LINE_DOUBLES * NN_LINE_DOUBLES;
}

/* malloc'd with one spare cache line and advanced to the next 64-byte boundary; the raw pointer
 * sits just below the aligned block (glibc's aligned_alloc is several times slower for small
 * blocks, and small blocks are what eager ops hand out). At least one cache line, so a
 * zero-size tensor still has a valid pointer; zeroed on request. */
double *nn_alloc(size_t ndoubles, int zero)
{
    const size_t n = nn_round_up(ndoubles ? ndoubles : 1);
    if (n > (SIZE_MAX - NN_ALIGN) / sizeof(double))
        return NULL;
    char *raw = malloc(n * sizeof(double) + NN_ALIGN);
    if (!raw)
        return NULL;
    char *p = raw + NN_ALIGN - ((uintptr_t)raw & (NN_ALIGN - 1));
    ((char **)p)[-1] = raw;
    advise_huge(p, n * sizeof(double));
    if (zero)
        memset(p, 0, n * sizeof(double));
    return (double *)p;
}

void nn_free(double *p)
{
    if (p)
        free(((char **)p)[-1]);
}

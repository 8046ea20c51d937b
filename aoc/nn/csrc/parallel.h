/* parallel.h: a few worker threads that share a range of work with the calling thread, for the
 * elementwise kernels past a measured size; one caller at a time, any other runs alone. */
#ifndef NN_PARALLEL_H
#define NN_PARALLEL_H
#include <stddef.h>

#define NN_MAX_THREADS 8
/* Elements below which splitting costs more than it saves. Measured with nn.fma on this 2-core
 * EPYC (1 vs 2 threads): waking a worker costs ~13 us, so 2^17 elements took 56 us alone and
 * 79 us split, 2^18 the same either way, 2^21 12% less split. */
#define NN_PARALLEL_MIN ((size_t)1 << 18)

/* fn(ctx, lo, hi, thread) for one share [lo, hi) of [0, n), thread 0 being the caller's. */
typedef void (*nn_range_fn)(void *ctx, size_t lo, size_t hi, int thread);

/* Runs fn over [0, n) in contiguous shares, each a multiple of grain long (but the last); all
 * on the caller when split is 0, the pool has one thread, or another caller is using it. */
void nn_parallel(size_t n, size_t grain, int split, nn_range_fn fn, void *ctx);
int nn_threads(void);
/* 1 to NN_MAX_THREADS; the default is the number of online CPUs (at most the maximum). */
void nn_set_threads(int n);

#endif

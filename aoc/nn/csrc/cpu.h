/* cpu.h: the CPU probe and the active kernel table, chosen once (or by nn.set_isa) and read by
 * the tape, the solvers and the eager ops through the one pointer nn_kernels_active. */
#ifndef NN_CPU_H
#define NN_CPU_H
#include "kernels.h"

enum { NN_CPU_AVX2 = 1, NN_CPU_AVX512 = 2 };

int nn_cpu_features(void);
/* The table called name if this CPU can run it, else NULL. */
const nn_kernels *nn_kernels_named(const char *name);
const nn_kernels *nn_kernels_best(void);

extern const nn_kernels *nn_kernels_active;

/* A run of one element is cheaper as plain C than through SIMD masks: chains of scalar ops. */
static inline const nn_kernels *nn_kernels_for(size_t n)
{
    return n == 1 ? &nn_kernels_scalar : nn_kernels_active;
}

#endif

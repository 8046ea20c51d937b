/* kernels.h: the kernel function-pointer table that every instruction-set file fills in,
 * and the opcodes derived from ops.def. No Python here: kernels never see a PyObject. */
#ifndef NN_KERNELS_H
#define NN_KERNELS_H
#include <stddef.h>

enum nn_opcode {
#define NN_UNARY(name, f, g) NN_OP_##name,
#define NN_BINARY(name, f, ga, gb) NN_OP_##name,
#define NN_REDUCE(name) NN_OP_##name,
#define NN_MATMUL(name) NN_OP_##name,
#include "ops.def"
    NN_NOPS
};

enum nn_unary_index {
#define NN_UNARY(name, f, g) NN_U_##name,
#include "ops.def"
    NN_NUNARY
};

enum nn_binary_index {
#define NN_BINARY(name, f, ga, gb) NN_B_##name,
#include "ops.def"
    NN_NBINARY
};

/* A stride s is 1 for a run of n elements, 0 for one element broadcast over the run. */
typedef void (*nn_unary_fn)(const double *x, double *y, size_t n);
typedef void (*nn_unary_grad_fn)(const double *x, const double *y, const double *g,
                                 double *gx, size_t n);
typedef void (*nn_binary_fn)(const double *a, ptrdiff_t sa, const double *b, ptrdiff_t sb,
                             double *y, size_t n);
/* Adds the gradient for one operand into gx, whose stride is that operand's: a stride of 0
 * sums the run into gx[0], which is how broadcasting is undone. */
typedef void (*nn_binary_grad_fn)(const double *a, ptrdiff_t sa, const double *b, ptrdiff_t sb,
                                  const double *y, const double *g, double *gx, size_t n);

typedef struct {
    const char *name;
    nn_unary_fn unary[NN_NUNARY];
    nn_unary_grad_fn unary_grad[NN_NUNARY];
    nn_binary_fn binary[NN_NBINARY];
    nn_binary_grad_fn grad_a[NN_NBINARY];
    nn_binary_grad_fn grad_b[NN_NBINARY];
    /* y = a*b + c in one pass, rounded as numpy rounds a*b+c. */
    void (*fma)(const double *a, ptrdiff_t sa, const double *b, ptrdiff_t sb,
                const double *c, ptrdiff_t sc, double *y, size_t n);
    /* y = x, y written past the cache where the ISA can (non-temporal stores); the writer calls
     * fence once it has streamed all it will, before anyone reads y. */
    void (*stream)(double *y, const double *x, size_t n);
    void (*fence)(void);
    double (*sum)(const double *x, size_t n);
    /* numpy's argmax: the first NaN if there is one, else the first maximum. */
    size_t (*argmax)(const double *x, size_t n);
    /* y = max(y, x) elementwise, NaN when either is (y's NaN first), as nn_max_nan. */
    void (*maximum)(double *y, const double *x, size_t n);
    /* y[i] += A[i,:] . x for the m rows of the m-by-k matrix A. */
    void (*gemv)(const double *A, const double *x, double *y, size_t m, size_t k);
    /* y += x[i] * A[i,:] summed over the m rows of the m-by-k matrix A. */
    void (*gemv_t)(const double *A, const double *x, double *y, size_t m, size_t k);
    /* C += A B for the m-by-k A, element (i, p) at A[i*ra + p*ca] (so A may be a transpose),
     * and the k-by-n B and m-by-n C with rows ldb and ldc doubles apart. */
    void (*gemm)(const double *A, size_t ra, size_t ca, const double *B, size_t ldb, double *C,
                 size_t ldc, size_t m, size_t n, size_t k);
} nn_kernels;

/* numpy's maximum of two doubles: y's NaN, else x's NaN, else the larger (x on a tie, as
 * max_pd(y, x) picks), so every instruction set agrees bit for bit. */
static inline double nn_max_nan(double y, double x)
{
    return y != y || y > x ? y : x;
}

extern const nn_kernels nn_kernels_scalar;
#if defined(__x86_64__)
extern const nn_kernels nn_kernels_avx2;
extern const nn_kernels nn_kernels_avx512;
#endif

#endif

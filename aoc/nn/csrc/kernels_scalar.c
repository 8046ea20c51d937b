/* kernels_scalar.c: portable C kernels, one plain loop per op; the oracle the SIMD paths are
 * tested against, and the path on CPUs without AVX2. */
#include <string.h>
#include "kernels.h"
#include "scalar_rules.h"

#define KNAME(op, part) nn_##op##part##_f64_scalar
#define NN_TABLE nn_kernels_scalar
#define NN_ISA_NAME "scalar"

#define NN_UNARY(name, forward, grad)                                                      \
    static void KNAME(name, )(const double *xs, double *ys, size_t n)                     \
    {                                                                                      \
        for (size_t i = 0; i < n; i++) {                                                   \
            const double x = xs[i];                                                        \
            ys[i] = forward;                                                               \
        }                                                                                  \
    }                                                                                      \
    static void KNAME(name, _grad)(const double *xs, const double *ys, const double *gs,  \
                                   double *gx, size_t n)                                   \
    {                                                                                      \
        for (size_t i = 0; i < n; i++) {                                                   \
            const double x = xs[i], y = ys[i], g = gs[i];                                  \
            (void)x, (void)y;                                                              \
            gx[i] += grad;                                                                 \
        }                                                                                  \
    }

/* A stride-0 operand's gradient is the sum over the run: broadcasting undone. */
#define GRAD_LOOP(name, wrt, rule, s)                                                      \
    static void KNAME(name, _grad_##wrt)(const double *as, ptrdiff_t sa, const double *bs, \
                                         ptrdiff_t sb, const double *ys, const double *gs, \
                                         double *gx, size_t n)                             \
    {                                                                                      \
        double acc = 0.0;                                                                  \
        for (size_t i = 0; i < n; i++) {                                                   \
            const double a = as[i * sa], b = bs[i * sb], y = ys[i], g = gs[i];             \
            (void)a, (void)b, (void)y;                                                     \
            if (s)                                                                         \
                gx[i] += rule;                                                             \
            else                                                                           \
                acc += rule;                                                               \
        }                                                                                  \
        if (!(s) && n)                                                                     \
            gx[0] += acc;                                                                  \
    }

#define NN_BINARY(name, forward, grad_a, grad_b)                                           \
    static void KNAME(name, )(const double *as, ptrdiff_t sa, const double *bs,           \
                              ptrdiff_t sb, double *ys, size_t n)                          \
    {                                                                                      \
        for (size_t i = 0; i < n; i++) {                                                   \
            const double a = as[i * sa], b = bs[i * sb];                                   \
            ys[i] = forward;                                                               \
        }                                                                                  \
    }                                                                                      \
    GRAD_LOOP(name, a, grad_a, sa)                                                         \
    GRAD_LOOP(name, b, grad_b, sb)

#include "ops.def"

static void KNAME(fma, )(const double *a, ptrdiff_t sa, const double *b, ptrdiff_t sb,
                         const double *c, ptrdiff_t sc, double *y, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = a[i * sa] * b[i * sb] + c[i * sc];
}

static void KNAME(stream, )(double *y, const double *x, size_t n)
{
    if (n)
        memcpy(y, x, n * sizeof(double));
}

static void KNAME(fence, )(void)
{
}

static double KNAME(sum, )(const double *x, size_t n)
{
    double s = 0.0;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    return s;
}

static size_t KNAME(argmax, )(const double *x, size_t n)
{
    size_t best = 0;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != x[i])
            return i;
        if (x[i] > x[best])
            best = i;
    }
    return best;
}

static void KNAME(maximum, )(double *y, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = nn_max_nan(y[i], x[i]);
}

static void KNAME(gemv, )(const double *A, const double *x, double *y, size_t m, size_t k)
{
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < k; j++)
            y[i] += A[i * k + j] * x[j];
}

static void KNAME(gemv_t, )(const double *A, const double *x, double *y, size_t m, size_t k)
{
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < k; j++)
            y[j] += x[i] * A[i * k + j];
}

static void KNAME(gemm, )(const double *A, size_t ra, size_t ca, const double *B, size_t ldb,
                          double *C, size_t ldc, size_t m, size_t n, size_t k)
{
    for (size_t i = 0; i < m; i++)
        for (size_t p = 0; p < k; p++)
            for (size_t j = 0; j < n; j++)
                C[i * ldc + j] += A[i * ra + p * ca] * B[p * ldb + j];
}

#include "kernels_table.h"

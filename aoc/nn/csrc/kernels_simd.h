/* kernels_simd.h: the SIMD kernel bodies, written once over lane macros (V, W, LOAD, LOADN ...)
 * and instantiated by kernels_avx2.c and kernels_avx512.c. Loads are unaligned-safe; tails masked. */

/* max_pd(p, q) returns q when either is NaN: with zero first, relu keeps x's NaN as
 * np.maximum(x, 0) does. MAX_NAN is nn_max_nan lane by lane: p's NaN, else q's, else the max. */
#define RELU(p) MAX(ZERO, (p))
#define MAX_NAN(p, q) IF_NAN((p), MAX((p), (q)))

/* A stride-0 operand is one value broadcast to every lane. */
#define LDS(p, s, bc, i) ((s) ? LOAD((p) + (i)) : (bc))
#define LDSN(p, s, bc, i, r) ((s) ? LOADN((p) + (i), (r)) : (bc))

#define UNARY_LOOPS(name)                                                                  \
    TARGET static void KNAME(name, )(const double *xs, double *ys, size_t n)              \
    {                                                                                      \
        size_t i = 0;                                                                      \
        for (; i + W <= n; i += W)                                                         \
            STORE(ys + i, KNAME(name, _lane)(LOAD(xs + i)));                               \
        if (i < n)                                                                         \
            STOREN(ys + i, KNAME(name, _lane)(LOADN(xs + i, n - i)), n - i);               \
    }                                                                                      \
    TARGET static void KNAME(name, _grad)(const double *xs, const double *ys,             \
                                          const double *gs, double *gx, size_t n)          \
    {                                                                                      \
        size_t i = 0;                                                                      \
        for (; i + W <= n; i += W) {                                                       \
            V p = KNAME(name, _grad_lane)(LOAD(xs + i), LOAD(ys + i), LOAD(gs + i));       \
            STORE(gx + i, ADD(LOAD(gx + i), p));                                           \
        }                                                                                  \
        if (i < n) {                                                                       \
            const size_t r = n - i;                                                        \
            V p = KNAME(name, _grad_lane)(LOADN(xs + i, r), LOADN(ys + i, r),              \
                                          LOADN(gs + i, r));                               \
            STOREN(gx + i, ADD(LOADN(gx + i, r), p), r);                                   \
        }                                                                                  \
    }

#define NN_UNARY(name, forward, grad)                                                      \
    TARGET static inline V KNAME(name, _lane)(V x) { return forward; }                     \
    TARGET static inline V KNAME(name, _grad_lane)(V x, V y, V g)                          \
    {                                                                                      \
        (void)x, (void)y;                                                                  \
        return grad;                                                                       \
    }                                                                                      \
    UNARY_LOOPS(name)

#define BINARY_LOOP(name)                                                                  \
    TARGET static void KNAME(name, )(const double *a, ptrdiff_t sa, const double *b,      \
                                     ptrdiff_t sb, double *y, size_t n)                    \
    {                                                                                      \
        if (!n)                                                                            \
            return;                                                                        \
        const V ba = SET1(*a), bb = SET1(*b);                                              \
        size_t i = 0;                                                                      \
        for (; i + W <= n; i += W)                                                         \
            STORE(y + i, KNAME(name, _lane)(LDS(a, sa, ba, i), LDS(b, sb, bb, i)));        \
        if (i < n) {                                                                       \
            const size_t r = n - i;                                                        \
            V v = KNAME(name, _lane)(LDSN(a, sa, ba, i, r), LDSN(b, sb, bb, i, r));        \
            STOREN(y + i, v, r);                                                           \
        }                                                                                  \
    }

/* A stride-0 operand's gradient is the sum over the run: broadcasting undone. */
#define GRAD_LOOP(name, wrt, s)                                                            \
    TARGET static void KNAME(name, _grad_##wrt)(const double *a, ptrdiff_t sa,            \
                                                const double *b, ptrdiff_t sb,             \
                                                const double *y, const double *g,          \
                                                double *gx, size_t n)                      \
    {                                                                                      \
        if (!n)                                                                            \
            return;                                                                        \
        const V ba = SET1(*a), bb = SET1(*b);                                              \
        V acc = ZERO;                                                                      \
        size_t i = 0;                                                                      \
        for (; i + W <= n; i += W) {                                                       \
            V p = KNAME(name, _grad_##wrt##_lane)(LDS(a, sa, ba, i), LDS(b, sb, bb, i),    \
                                                  LOAD(y + i), LOAD(g + i));               \
            if (s)                                                                         \
                STORE(gx + i, ADD(LOAD(gx + i), p));                                       \
            else                                                                           \
                acc = ADD(acc, p);                                                         \
        }                                                                                  \
        if (i < n) {                                                                       \
            const size_t r = n - i;                                                        \
            V p = KNAME(name, _grad_##wrt##_lane)(LDSN(a, sa, ba, i, r),                   \
                                                  LDSN(b, sb, bb, i, r),                   \
                                                  LOADN(y + i, r), LOADN(g + i, r));       \
            if (s)                                                                         \
                STOREN(gx + i, ADD(LOADN(gx + i, r), p), r);                               \
            else                                                                           \
                acc = ADD(acc, KEEPN(p, r));                                               \
        }                                                                                  \
        if (!(s))                                                                          \
            gx[0] += HSUM(acc);                                                            \
    }

#define NN_BINARY(name, forward, grad_a, grad_b)                                           \
    TARGET static inline V KNAME(name, _lane)(V a, V b) { return forward; }                \
    TARGET static inline V KNAME(name, _grad_a_lane)(V a, V b, V y, V g)                   \
    {                                                                                      \
        (void)a, (void)b, (void)y;                                                         \
        return grad_a;                                                                     \
    }                                                                                      \
    TARGET static inline V KNAME(name, _grad_b_lane)(V a, V b, V y, V g)                   \
    {                                                                                      \
        (void)a, (void)b, (void)y;                                                         \
        return grad_b;                                                                     \
    }                                                                                      \
    BINARY_LOOP(name)                                                                      \
    GRAD_LOOP(name, a, sa)                                                                 \
    GRAD_LOOP(name, b, sb)

#include "ops.def"

/* Past this many elements an fma's output cannot stay in cache: it is streamed past the cache
 * (no read for ownership), a quarter less memory traffic for a*b + c. */
#define STREAM_MIN ((size_t)1 << 18)
#define FMA_AT(i) ADD(MUL(LDS(a, sa, ba, i), LDS(b, sb, bb, i)), LDS(c, sc, bc, i))
#define FMA_N(i, r) ADD(MUL(LDSN(a, sa, ba, i, r), LDSN(b, sb, bb, i, r)), LDSN(c, sc, bc, i, r))

TARGET static void KNAME(fma, )(const double *a, ptrdiff_t sa, const double *b, ptrdiff_t sb,
                                const double *c, ptrdiff_t sc, double *y, size_t n)
{
    if (!n)
        return;
    const V ba = SET1(*a), bb = SET1(*b), bc = SET1(*c);
    const size_t line = W * sizeof(double), at = (size_t)((uintptr_t)y % line);
    size_t i = 0;
    if (n >= STREAM_MIN && at % sizeof(double) == 0) {
        const size_t head = (line - at) % line / sizeof(double);
        if (head)
            STOREN(y, FMA_N(0, head), head);
        for (i = head; i + W <= n; i += W)
            STREAM(y + i, FMA_AT(i));
        STREAM_FENCE();
    }
    if (sa && sb && sc)
        for (; i + W <= n; i += W)
            STORE(y + i, ADD(MUL(LOAD(a + i), LOAD(b + i)), LOAD(c + i)));
    for (; i + W <= n; i += W)
        STORE(y + i, FMA_AT(i));
    if (i < n)
        STOREN(y + i, FMA_N(i, n - i), n - i);
}

/* Plain stores up to the first vector-aligned element, streamed vectors, a plain tail; no fence
 * here (one per block would stall every few kilobytes), the caller fences once at the end. */
TARGET static void KNAME(stream, )(double *y, const double *x, size_t n)
{
    const size_t line = W * sizeof(double), at = (size_t)((uintptr_t)y % line);
    size_t i = 0;
    if (at % sizeof(double) == 0) {
        const size_t head = (line - at) % line / sizeof(double);
        for (; i < head && i < n; i++)
            y[i] = x[i];
        for (; i + W <= n; i += W)
            STREAM(y + i, LOAD(x + i));
    }
    for (; i < n; i++)
        y[i] = x[i];
}

TARGET static void KNAME(fence, )(void)
{
    STREAM_FENCE();
}

TARGET static double KNAME(sum, )(const double *x, size_t n)
{
    V acc0 = ZERO, acc1 = ZERO;
    size_t i = 0;
    for (; i + 2 * W <= n; i += 2 * W) {
        acc0 = ADD(acc0, LOAD(x + i));
        acc1 = ADD(acc1, LOAD(x + i + W));
    }
    for (; i + W <= n; i += W)
        acc0 = ADD(acc0, LOAD(x + i));
    if (i < n)
        acc1 = ADD(acc1, LOADN(x + i, n - i));
    return HSUM(ADD(acc0, acc1));
}

/* The maximum, NaN if any element is (MAX_NAN keeps it), then where it first occurs. */
TARGET static size_t KNAME(argmax, )(const double *x, size_t n)
{
    double best = n ? x[0] : 0.0, lanes[W];
    size_t i = 0;
    if (n >= W) {
        V m = LOAD(x);
        for (i = W; i + W <= n; i += W)
            m = MAX_NAN(m, LOAD(x + i));
        STORE(lanes, m);
        for (int j = 0; j < W; j++)
            best = nn_max_nan(best, lanes[j]);
    }
    for (; i < n; i++)
        best = nn_max_nan(best, x[i]);
    for (i = 0; i < n; i++)
        if (best != best ? x[i] != x[i] : x[i] == best)
            return i;
    return 0;
}

TARGET static void KNAME(maximum, )(double *y, const double *x, size_t n)
{
    size_t i = 0;
    for (; i + W <= n; i += W)
        STORE(y + i, MAX_NAN(LOAD(y + i), LOAD(x + i)));
    if (i < n)
        STOREN(y + i, MAX_NAN(LOADN(y + i, n - i), LOADN(x + i, n - i)), n - i);
}

/* Four rows at a time, so four independent sums are in flight, reduced together (one horizontal
 * sum per row would cost more than the row itself when rows are short, as in a tall X @ w). */
TARGET static void KNAME(gemv, )(const double *A, const double *x, double *y, size_t m, size_t k)
{
    size_t row = 0;
    for (; row + 4 <= m; row += 4) {
        const double *a = A + row * k;
        V acc0 = ZERO, acc1 = ZERO, acc2 = ZERO, acc3 = ZERO;
        for (size_t j = 0; j < k; j += W) {
            const size_t r = k - j < W ? k - j : W;
            const V xj = LOADN(x + j, r);
            acc0 = MADD(LOADN(a + j, r), xj, acc0);
            acc1 = MADD(LOADN(a + k + j, r), xj, acc1);
            acc2 = MADD(LOADN(a + 2 * k + j, r), xj, acc2);
            acc3 = MADD(LOADN(a + 3 * k + j, r), xj, acc3);
        }
        HSUM4_ADD(y + row, acc0, acc1, acc2, acc3);
    }
    for (; row < m; row++) {
        V acc = ZERO;
        for (size_t j = 0; j < k; j += W) {
            const size_t r = k - j < W ? k - j : W;
            acc = MADD(LOADN(A + row * k + j, r), LOADN(x + j, r), acc);
        }
        y[row] += HSUM(acc);
    }
}

/* Column strips outside, rows inside, four rows at a time: y's strip stays in registers (a
 * masked store re-loaded on the next row would stall store forwarding every row). */
TARGET static void KNAME(gemv_t, )(const double *A, const double *x, double *y, size_t m,
                                   size_t k)
{
    for (size_t j = 0; j < k; j += W) {
        const size_t r = k - j < W ? k - j : W;
        V acc0 = LOADN(y + j, r), acc1 = ZERO, acc2 = ZERO, acc3 = ZERO;
        size_t row = 0;
        for (; row + 4 <= m; row += 4) {
            const double *a = A + row * k + j;
            acc0 = MADD(SET1(x[row]), LOADN(a, r), acc0);
            acc1 = MADD(SET1(x[row + 1]), LOADN(a + k, r), acc1);
            acc2 = MADD(SET1(x[row + 2]), LOADN(a + 2 * k, r), acc2);
            acc3 = MADD(SET1(x[row + 3]), LOADN(a + 3 * k, r), acc3);
        }
        for (; row < m; row++)
            acc0 = MADD(SET1(x[row]), LOADN(A + row * k + j, r), acc0);
        STOREN(y + j, ADD(ADD(acc0, acc1), ADD(acc2, acc3)), r);
    }
}

/* One register tile of C: R rows by two vectors (r0 + r1 columns, the rest masked off),
 * accumulated over all k before it is stored once. */
#define GEMM_TILE(R)                                                                       \
    TARGET static void KNAME(gemm_tile, R)(const double *A, size_t ra, size_t ca,         \
                                           const double *B, size_t ldb, double *C,         \
                                           size_t ldc, size_t k, size_t r0, size_t r1)     \
    {                                                                                      \
        V acc0[R], acc1[R];                                                                \
        for (int i = 0; i < R; i++) {                                                      \
            acc0[i] = LOADN(C + i * ldc, r0);                                              \
            acc1[i] = LOADN(C + i * ldc + W, r1);                                          \
        }                                                                                  \
        for (size_t p = 0; p < k; p++) {                                                   \
            const V b0 = LOADN(B + p * ldb, r0), b1 = LOADN(B + p * ldb + W, r1);          \
            for (int i = 0; i < R; i++) {                                                  \
                const V a = SET1(A[i * ra + p * ca]);                                      \
                acc0[i] = MADD(a, b0, acc0[i]);                                            \
                acc1[i] = MADD(a, b1, acc1[i]);                                            \
            }                                                                              \
        }                                                                                  \
        for (int i = 0; i < R; i++) {                                                      \
            STOREN(C + i * ldc, acc0[i], r0);                                              \
            STOREN(C + i * ldc + W, acc1[i], r1);                                          \
        }                                                                                  \
    }

GEMM_TILE(4)
GEMM_TILE(1)

/* Column strips outside, rows inside: a strip of B (k by 2W) stays in L1 for every row tile. */
TARGET static void KNAME(gemm, )(const double *A, size_t ra, size_t ca, const double *B,
                                 size_t ldb, double *C, size_t ldc, size_t m, size_t n, size_t k)
{
    for (size_t j = 0; j < n; j += 2 * W) {
        const size_t left = n - j, r0 = left < W ? left : W;
        const size_t r1 = left <= W ? 0 : left - W < W ? left - W : W;
        size_t i = 0;
        for (; i + 4 <= m; i += 4)
            KNAME(gemm_tile, 4)(A + i * ra, ra, ca, B + j, ldb, C + i * ldc + j, ldc, k, r0, r1);
        for (; i < m; i++)
            KNAME(gemm_tile, 1)(A + i * ra, ra, ca, B + j, ldb, C + i * ldc + j, ldc, k, r0, r1);
    }
}

#include "kernels_table.h"

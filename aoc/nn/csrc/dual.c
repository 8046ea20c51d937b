/* dual.c: ops.def's rules instantiated on dual numbers, one plain loop per op as in the scalar
 * kernels; each lane macro carries the derivative along (a zero tangent never meets an inf). */
#include <math.h>
#include "dual.h"

typedef struct {
    double v, d;
} dual;

/* t * f'(x) with the convention 0 * anything = 0, so a constant stays constant past a pole. */
static inline double along(double t, double slope)
{
    return t == 0.0 ? 0.0 : t * slope;
}

static inline dual d_add(dual p, dual q) { return (dual){p.v + q.v, p.d + q.d}; }
static inline dual d_sub(dual p, dual q) { return (dual){p.v - q.v, p.d - q.d}; }
static inline dual d_neg(dual p) { return (dual){-p.v, -p.d}; }
static inline dual d_mul(dual p, dual q) { return (dual){p.v * q.v, along(p.d, q.v) + along(q.d, p.v)}; }

static inline dual d_div(dual p, dual q)
{
    const double y = p.v / q.v;
    return (dual){y, along(p.d, 1.0 / q.v) - along(q.d, y / q.v)};
}

static inline dual d_sqrt(dual p)
{
    const double s = sqrt(p.v);
    return (dual){s, along(p.d, 0.5 / s)};
}

static inline dual d_exp(dual p)
{
    const double e = exp(p.v);
    return (dual){e, along(p.d, e)};
}

static inline dual d_log(dual p) { return (dual){log(p.v), along(p.d, 1.0 / p.v)}; }

static inline dual d_tanh(dual p)
{
    const double t = tanh(p.v);
    return (dual){t, along(p.d, 1.0 - t * t)};
}

static inline double sign(double v) { return (double)((v > 0) - (v < 0)); }

/* d/db at a == 0 <= b is 0, the limit the gradient rules take too. */
static inline dual d_pow(dual p, dual q)
{
    const double y = pow(p.v, q.v);
    const double dq = p.v == 0.0 && q.v >= 0.0 ? 0.0 : along(q.d, y * log(p.v));
    return (dual){y, along(p.d, q.v * pow(p.v, q.v - 1.0)) + dq};
}

static const dual zero = {0.0, 0.0};

#define ONE ((dual){1.0, 0.0})
#define HALF ((dual){0.5, 0.0})
#define ADD(p, q) d_add((p), (q))
#define SUB(p, q) d_sub((p), (q))
#define MUL(p, q) d_mul((p), (q))
#define DIV(p, q) d_div((p), (q))
#define NEG(p) d_neg(p)
#define SQRT(p) d_sqrt(p)
#define EXP(p) d_exp(p)
#define LOG(p) d_log(p)
#define ABS(p) d_mul((p), (dual){sign((p).v), 0.0})
#define TANH(p) d_tanh(p)
#define POW(p, q) d_pow((p), (q))
#define SIGN(p) ((dual){sign((p).v), 0.0})
#define RELU(p) ((p).v < 0 ? zero : (p)) /* NaN stays NaN, as the kernels */
#define IF_POS(p, w) ((p).v > 0 ? (w) : zero)
#define IS0(p) ((p).v == 0)
#define GE0(p) ((p).v >= 0)
#define BOTH(m, k) ((m) && (k))
#define UNLESS(m, w) ((m) ? zero : (w))

#define AT(s, i) ((dual){(s)->v[i], (s)->d[i]})
#define GRAD_AT(s, i) ((dual){(s)->gv[i], (s)->gd[i]})

#define NN_UNARY(name, forward, grad)                                                      \
    static void name##_dual(const nn_dual_slot *xs, const nn_dual_slot *ys, size_t n)      \
    {                                                                                      \
        for (size_t i = 0; i < n; i++) {                                                   \
            const dual x = AT(xs, i), r = forward;                                         \
            ys->v[i] = r.v;                                                                \
            ys->d[i] = r.d;                                                                \
        }                                                                                  \
    }                                                                                      \
    static void name##_dual_grad(const nn_dual_slot *xs, const nn_dual_slot *ys, size_t n) \
    {                                                                                      \
        for (size_t i = 0; i < n; i++) {                                                   \
            const dual x = AT(xs, i), y = AT(ys, i), g = GRAD_AT(ys, i), r = grad;         \
            (void)x, (void)y;                                                              \
            xs->gv[i] += r.v;                                                              \
            xs->gd[i] += r.d;                                                              \
        }                                                                                  \
    }

/* Element j of row i of the walk: its index in a, in b and in y, and the operands there. */
#define WALK_BEGIN(w)                                                                      \
    for (size_t i = 0; i < (w)->rows; i++)                                                 \
        for (size_t j = 0; j < (w)->cols; j++) {                                           \
            const size_t ia = i * (w)->step_a + j * (size_t)(w)->sa;                       \
            const size_t ib = i * (w)->step_b + j * (size_t)(w)->sb;                       \
            const size_t iy = i * (w)->cols + j;                                           \
            const dual a = AT(as, ia), b = AT(bs, ib);                                     \
            (void)iy, (void)a, (void)b;
#define WALK_END }

#define BINARY_GRAD(name, wrt, rule, at)                                                   \
    static void name##_dual_grad_##wrt(const nn_dual_slot *as, const nn_dual_slot *bs,     \
                                       const nn_dual_slot *ys, const nn_geometry *w)       \
    {                                                                                      \
        const nn_dual_slot *xs = wrt##s;                                                   \
        WALK_BEGIN(w)                                                                      \
        const dual y = AT(ys, iy), g = GRAD_AT(ys, iy), r = rule;                          \
        (void)y;                                                                           \
        xs->gv[at] += r.v;                                                                 \
        xs->gd[at] += r.d;                                                                 \
        WALK_END                                                                           \
    }

#define NN_BINARY(name, forward, grad_a, grad_b)                                           \
    static void name##_dual(const nn_dual_slot *as, const nn_dual_slot *bs,                \
                            const nn_dual_slot *ys, const nn_geometry *w)                  \
    {                                                                                      \
        WALK_BEGIN(w)                                                                      \
        const dual r = forward;                                                            \
        ys->v[iy] = r.v;                                                                   \
        ys->d[iy] = r.d;                                                                   \
        WALK_END                                                                           \
    }                                                                                      \
    BINARY_GRAD(name, a, grad_a, ia)                                                       \
    BINARY_GRAD(name, b, grad_b, ib)

#include "ops.def"

const nn_dual_unary_fn nn_dual_unary[NN_NUNARY] = {
#define NN_UNARY(name, f, g) name##_dual,
#include "ops.def"
};
const nn_dual_unary_fn nn_dual_unary_grad[NN_NUNARY] = {
#define NN_UNARY(name, f, g) name##_dual_grad,
#include "ops.def"
};
const nn_dual_binary_fn nn_dual_binary[NN_NBINARY] = {
#define NN_BINARY(name, f, ga, gb) name##_dual,
#include "ops.def"
};
const nn_dual_binary_fn nn_dual_grad_a[NN_NBINARY] = {
#define NN_BINARY(name, f, ga, gb) name##_dual_grad_a,
#include "ops.def"
};
const nn_dual_binary_fn nn_dual_grad_b[NN_NBINARY] = {
#define NN_BINARY(name, f, ga, gb) name##_dual_grad_b,
#include "ops.def"
};

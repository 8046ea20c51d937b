/* tape.c: the forward and backward walks of a compiled program over the active kernel table,
 * with numpy broadcasting of scalars, rows and columns; it lays out the program's buffer pool. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cpu.h"
#include "fuse.h"
#include "scalar_rules.h"
#include "tape.h"

_Static_assert((int)NN_OP_add == (int)NN_NUNARY, "ops.def lists unary ops before binary ones");
_Static_assert((int)NN_OP_sum == (int)NN_NUNARY + (int)NN_NBINARY, "then reductions, then matmul");

static nn_geometry geometry_of(const nn_slot *a, const nn_slot *b, const nn_slot *y)
{
    const size_t n = nn_slot_size(y), na = nn_slot_size(a), nb = nn_slot_size(b);
    if ((na == n || na == 1) && (nb == n || nb == 1))
        return (nn_geometry){1, n, 0, 0, na == n, nb == n};
    return (nn_geometry){y->rows, y->cols, a->rows > 1 ? a->cols : 0,
                         b->rows > 1 ? b->cols : 0, a->cols > 1, b->cols > 1};
}

static int is_binary(int op)
{
    return op >= NN_OP_add && op < NN_OP_sum;
}

static int is_elementwise(int op)
{
    return op < NN_OP_sum;
}

/* A pool region: arrays first, each from a cache line's start, then the one-element slots packed
 * eight to a line, so a chain of scalar ops keeps its values in a few lines, not one line each. */
typedef struct {
    size_t arrays, scalars;
} region;

static void region_add(region *r, size_t n)
{
    if (n == 1)
        r->scalars++;
    else
        r->arrays += nn_round_up(n);
}

static size_t region_len(const region *r)
{
    return r->arrays + nn_round_up(r->scalars);
}

/* Values for computed slots that are not fused away, gradients for the rest that want one. */
static void pool_sizes(const nn_tape *t, region *vals, region *grads)
{
    *vals = *grads = (region){0, 0};
    for (size_t i = 0; i < t->nslot; i++) {
        const nn_slot *s = &t->slot[i];
        if (s->fused)
            continue;
        if (!s->val)
            region_add(vals, nn_slot_size(s));
        if (s->wants)
            region_add(grads, nn_slot_size(s));
    }
}

/* The next place for n doubles in a region whose arrays and scalars cursors are given. */
static double *region_take(double **arrays, double **scalars, size_t n)
{
    double *p = n == 1 ? (*scalars)++ : *arrays;
    if (n != 1)
        *arrays += nn_round_up(n);
    return p;
}

size_t nn_tape_plan(nn_tape *t, const char *keep, size_t fuse_min)
{
    region vals, grads;
    for (size_t i = 0; i < t->ncode; i++) {
        const nn_instr *in = &t->code[i];
        if (is_binary(in->op))
            t->extent[i].walk = geometry_of(&t->slot[in->a], &t->slot[in->b], &t->slot[in->out]);
    }
    if (nn_fuse_plan(t, keep, fuse_min) < 0)
        return (size_t)-1;
    for (size_t i = 0; i < t->ncode; i++) {
        nn_instr *in = &t->code[i];
        in->scalar = is_elementwise(in->op) && in->group < 0 &&
                     nn_slot_size(&t->slot[in->out]) == 1;
    }
    for (size_t i = 0; i < t->nslot; i++)
        if (nn_slot_size(&t->slot[i]) > SIZE_MAX / 64 / (t->nslot + 1))
            return (size_t)-1; /* more than memory: the sums below never wrap */
    pool_sizes(t, &vals, &grads);
    return region_len(&vals) + region_len(&grads);
}

void nn_tape_carve(nn_tape *t, double *pool)
{
    region vals, grads;
    pool_sizes(t, &vals, &grads);
    double *v = pool, *vs = pool + vals.arrays;
    double *g = pool + region_len(&vals), *gs = g + grads.arrays;
    t->pool = pool;
    t->grad_lo = g;
    t->grad_len = region_len(&grads);
    for (size_t i = 0; i < t->nslot; i++) {
        nn_slot *s = &t->slot[i];
        if (s->fused)
            continue;
        if (!s->val)
            s->val = region_take(&v, &vs, nn_slot_size(s));
        s->grad = s->wants ? region_take(&g, &gs, nn_slot_size(s)) : NULL;
    }
}

void nn_tape_free(nn_tape *t)
{
    nn_free(t->scratch);
    free(t->group);
    free(t->slot);
    free(t->code);
    free(t->extent);
    memset(t, 0, sizeof *t);
}

void nn_tape_zero_grad(const nn_tape *t)
{
    memset(t->grad_lo, 0, t->grad_len * sizeof(double));
}

/* A one-element instruction applies its rule from ops.def inline, so a chain of scalar ops
 * costs a jump per op rather than a kernel call with its loop and masks. */
static double scalar_unary(int op, double x)
{
    switch (op) {
#define NN_UNARY(name, forward, grad) case NN_OP_##name: return forward;
#include "ops.def"
    }
    return NAN;
}

static double scalar_unary_grad(int op, double x, double y, double g)
{
    switch (op) {
#define NN_UNARY(name, forward, grad) case NN_OP_##name: return grad;
#include "ops.def"
    }
    return NAN;
}

static double scalar_binary(int op, double a, double b)
{
    switch (op) {
#define NN_BINARY(name, forward, grad_a, grad_b) case NN_OP_##name: return forward;
#include "ops.def"
    }
    return NAN;
}

/* Adds each operand's gradient into ga and gb, either of which may be NULL. */
static void scalar_binary_grad(int op, double a, double b, double y, double g, double *ga,
                               double *gb)
{
    switch (op) {
#define NN_BINARY(name, forward, grad_a, grad_b)                                           \
    case NN_OP_##name:                                                                     \
        if (ga)                                                                            \
            *ga += grad_a;                                                                 \
        if (gb)                                                                            \
            *gb += grad_b;                                                                 \
        return;
#include "ops.def"
    }
}

static void binary_walk(int op, const nn_geometry *g, const nn_slot *a, const nn_slot *b,
                        const nn_slot *y)
{
    const nn_binary_fn f = nn_kernels_for(g->cols)->binary[op - NN_OP_add];
    for (size_t i = 0; i < g->rows; i++)
        f(a->val + i * g->step_a, g->sa, b->val + i * g->step_b, g->sb, y->val + i * g->cols,
          g->cols);
}

void nn_binary_apply(int op, const nn_slot *a, const nn_slot *b, const nn_slot *y)
{
    const nn_geometry g = geometry_of(a, b, y);
    binary_walk(op, &g, a, b, y);
}

static void binary_backward(const nn_tape *t, const nn_instr *in, const nn_geometry *g)
{
    const nn_slot *a = &t->slot[in->a], *b = &t->slot[in->b], *y = &t->slot[in->out];
    const int op = in->op - NN_OP_add;
    const nn_kernels *k = nn_kernels_for(g->cols);
    for (size_t i = 0; i < g->rows; i++) {
        const double *pa = a->val + i * g->step_a, *pb = b->val + i * g->step_b;
        const double *py = y->val + i * g->cols, *gy = y->grad + i * g->cols;
        if (a->grad)
            k->grad_a[op](pa, g->sa, pb, g->sb, py, gy, a->grad + i * g->step_a, g->cols);
        if (b->grad)
            k->grad_b[op](pa, g->sa, pb, g->sb, py, gy, b->grad + i * g->step_b, g->cols);
    }
}

static double reduce_run(int op, const double *x, size_t n)
{
    if (op == NN_OP_max)
        return n ? x[nn_kernels_active->argmax(x, n)] : 0.0;
    const double s = nn_kernels_active->sum(x, n);
    return op == NN_OP_mean ? s / (double)n : s;
}

/* Down the rows: the running sum or max of every row, then the mean's scaling. */
static void reduce_columns(int op, const nn_slot *a, double *y)
{
    const size_t rows = a->rows, cols = a->cols;
    if (rows)
        memcpy(y, a->val, cols * sizeof(double));
    else
        memset(y, 0, cols * sizeof(double));
    for (size_t i = 1; i < rows; i++) {
        const double *row = a->val + i * cols;
        if (op == NN_OP_max)
            nn_kernels_active->maximum(y, row, cols);
        else
            nn_kernels_active->binary[NN_B_add](y, 1, row, 1, y, cols);
    }
    const double scale = 1.0 / (double)rows;
    if (op == NN_OP_mean)
        nn_kernels_active->binary[NN_B_mul](y, 1, &scale, 0, y, cols);
}

void nn_reduce_apply(int op, int axis, const nn_slot *a, const nn_slot *out)
{
    double *y = out->val;
    if (axis < 0)
        y[0] = reduce_run(op, a->val, nn_slot_size(a));
    else if (axis == 1)
        for (size_t i = 0; i < a->rows; i++)
            y[i] = reduce_run(op, a->val + i * a->cols, a->cols);
    else
        reduce_columns(op, a, y);
}

/* The gradient of max flows to the first place the maximum (or a NaN, as argmax) was found. */
static void max_backward(int axis, const nn_slot *a, const nn_slot *y)
{
    const size_t rows = a->rows, cols = a->cols;
    if (axis < 0) {
        a->grad[nn_kernels_active->argmax(a->val, rows * cols)] += y->grad[0];
    } else if (axis == 1) {
        for (size_t i = 0; i < rows; i++)
            a->grad[i * cols + nn_kernels_active->argmax(a->val + i * cols, cols)] += y->grad[i];
    } else {
        for (size_t j = 0; j < cols; j++) {
            size_t i = 0;
            while (i + 1 < rows && !nn_is_max(a->val[i * cols + j], y->val[j]))
                i++;
            a->grad[i * cols + j] += y->grad[j];
        }
    }
}

void nn_reduce_backward(int op, int axis, const nn_slot *a, const nn_slot *y)
{
    if (!a->grad)
        return;
    if (op == NN_OP_max) {
        max_backward(axis, a, y);
        return;
    }
    const size_t n = nn_slot_size(a);
    const size_t count = axis < 0 ? n : axis == 1 ? a->cols : a->rows;
    const double scale = op == NN_OP_mean ? 1.0 / (double)count : 1.0;
    if (axis < 0)
        nn_kernels_active->fma(y->grad, 0, &scale, 0, a->grad, 1, a->grad, n);
    for (size_t i = 0; axis >= 0 && i < a->rows; i++) {
        double *ga = a->grad + i * a->cols;
        const double *gy = axis == 1 ? y->grad + i : y->grad;
        nn_kernels_active->fma(gy, axis == 0, &scale, 0, ga, 1, ga, a->cols);
    }
}

/* C += A B, blocked so a block of A (MBLOCK x KBLOCK) stays in L2 and each strip of B that a
 * register tile walks stays in L1 (the kernel tiles rows and columns). A's element (i, p) is
 * A[i*ra + p*ca], so A may be a transpose. */
static void gemm_blocked(const double *A, size_t ra, size_t ca, const double *B, double *C,
                         size_t m, size_t n, size_t k)
{
    enum { KBLOCK = 256, MBLOCK = 64 };
    for (size_t p = 0; p < k; p += KBLOCK) {
        const size_t kb = k - p < KBLOCK ? k - p : KBLOCK;
        for (size_t i = 0; i < m; i += MBLOCK)
            nn_kernels_active->gemm(A + i * ra + p * ca, ra, ca, B + p * n, n, C + i * n, n,
                                    m - i < MBLOCK ? m - i : MBLOCK, n, kb);
    }
}

/* A matrix-vector product is one gemv; anything wider goes through the blocked gemm. */
void nn_matmul_apply(const double *A, const double *B, double *Y, size_t m, size_t n, size_t k)
{
    memset(Y, 0, m * n * sizeof(double));
    if (n == 1)
        nn_kernels_active->gemv(A, B, Y, m, k);
    else
        gemm_blocked(A, k, 1, B, Y, m, n, k);
}

/* dA = dY B^T as dot products row by row; dB = A^T dY through the gemm reading A transposed
 * (one gemv_t when B is a vector). */
static void matmul_backward(const nn_tape *t, const nn_instr *in, const nn_extent *e)
{
    const nn_slot *a = &t->slot[in->a], *b = &t->slot[in->b];
    const double *dY = t->slot[in->out].grad;
    const size_t m = e->m, n = e->n, k = e->k;
    for (size_t i = 0; a->grad && i < m; i++) {
        if (n == 1)
            nn_kernels_active->gemv_t(b->val, dY + i, a->grad + i * k, 1, k);
        else
            nn_kernels_active->gemv(b->val, dY + i * n, a->grad + i * k, k, n);
    }
    if (b->grad && n == 1)
        nn_kernels_active->gemv_t(a->val, dY, b->grad, m, k);
    else if (b->grad)
        gemm_blocked(a->val, 1, k, dY, b->grad, k, n, m);
}

/* One element: the rule inline, reading the operands' first values. */
static void scalar_forward(const nn_tape *t, const nn_instr *in)
{
    const double a = t->slot[in->a].val[0];
    t->slot[in->out].val[0] = in->op < NN_OP_add ? scalar_unary(in->op, a)
                                                 : scalar_binary(in->op, a, t->slot[in->b].val[0]);
}

static void scalar_backward(const nn_tape *t, const nn_instr *in)
{
    const nn_slot *a = &t->slot[in->a], *y = &t->slot[in->out];
    if (in->op < NN_OP_add && a->grad)
        a->grad[0] += scalar_unary_grad(in->op, a->val[0], y->val[0], y->grad[0]);
    else if (in->op >= NN_OP_add)
        scalar_binary_grad(in->op, a->val[0], t->slot[in->b].val[0], y->val[0], y->grad[0],
                           a->grad, t->slot[in->b].grad);
}

void nn_tape_forward(const nn_tape *t)
{
    for (size_t i = 0; i < t->ncode; i++) {
        const nn_instr *in = &t->code[i];
        const nn_slot *a = &t->slot[in->a], *y = &t->slot[in->out];
        const nn_extent *e = &t->extent[i];
        if (in->scalar) {
            scalar_forward(t, in);
        } else if (in->group >= 0) {
            const nn_group *g = &t->group[in->group];
            nn_group_forward(t, g);
            i = g->first + g->count - 1;
        } else if (in->op < NN_OP_add)
            nn_kernels_active->unary[in->op](a->val, y->val, nn_slot_size(y));
        else if (in->op < NN_OP_sum)
            binary_walk(in->op, &e->walk, a, &t->slot[in->b], y);
        else if (in->op < NN_OP_matmul)
            nn_reduce_apply(in->op, in->axis, a, y);
        else
            nn_matmul_apply(a->val, t->slot[in->b].val, y->val, e->m, e->n, e->k);
    }
}

void nn_tape_backward(const nn_tape *t)
{
    for (size_t i = t->ncode; i-- > 0;) {
        const nn_instr *in = &t->code[i];
        const nn_slot *y = &t->slot[in->out], *a = &t->slot[in->a];
        if (in->group >= 0) {
            i = t->group[in->group].first;
            nn_group_backward(t, &t->group[in->group]);
            continue;
        }
        if (!y->grad)
            continue;
        if (in->scalar)
            scalar_backward(t, in);
        else if (in->op < NN_OP_add && a->grad)
            nn_kernels_active->unary_grad[in->op](a->val, y->val, y->grad, a->grad,
                                                  nn_slot_size(y));
        else if (is_binary(in->op))
            binary_backward(t, in, &t->extent[i].walk);
        else if (in->op >= NN_OP_sum && in->op < NN_OP_matmul)
            nn_reduce_backward(in->op, in->axis, a, y);
        else if (in->op == NN_OP_matmul)
            matmul_backward(t, in, &t->extent[i]);
    }
}

/* hvp.c: the tape walked forward and back on dual numbers, the direction v seeded into the
 * parameters' tangents: the tangents of their gradients are then H v. Reductions and matmul,
 * linear in each operand, are written out here; elementwise rules come from dual.c. */
#include <string.h>
#include "cpu.h"
#include "dual.h"
#include "hvp.h"

/* The dual slots, then per slot: values (computed slots), tangents, and for slots wanting a
 * gradient the gradient and its tangent. */
size_t nn_hvp_work(const nn_problem *pb)
{
    const nn_tape *t = pb->tape;
    size_t n = (t->nslot * sizeof(nn_dual_slot) + sizeof(double) - 1) / sizeof(double);
    for (size_t i = 0; i < t->nslot; i++) {
        const nn_slot *s = &t->slot[i];
        n += nn_slot_size(s) * (2 + 2 * (s->wants != 0));
    }
    return n;
}

/* Lays the dual slots out in work (zeroed); a leaf's values are its own, read in place, while
 * computed values are recomputed here (a fused program keeps few of them). */
static nn_dual_slot *lay_out(const nn_tape *t, double *work)
{
    nn_dual_slot *ds = (nn_dual_slot *)work;
    double *p = work + (t->nslot * sizeof(nn_dual_slot) + sizeof(double) - 1) / sizeof(double);
    for (size_t i = 0; i < t->nslot; i++) {
        const nn_slot *s = &t->slot[i];
        const size_t n = nn_slot_size(s);
        const int leaf = s->val && !(s->val >= t->pool && s->val < t->grad_lo);
        ds[i] = (nn_dual_slot){leaf ? s->val : p, NULL, NULL, NULL, s->rows, s->cols};
        p += leaf ? 0 : n;
        ds[i].d = p;
        p += n;
        if (s->wants) {
            ds[i].gv = p;
            ds[i].gd = p + n;
            p += 2 * n;
        }
    }
    return ds;
}

static nn_slot plain(double *val, double *grad, const nn_dual_slot *s)
{
    return (nn_slot){val, grad, s->rows, s->cols, -1, -1, 0, 0};
}

/* max's tangent is the tangent where the maximum was taken, found as max's gradient finds it. */
static void max_tangent(int axis, const nn_dual_slot *a, const nn_dual_slot *y)
{
    const size_t rows = a->rows, cols = a->cols;
    const nn_kernels *k = nn_kernels_active;
    if (axis < 0) {
        y->d[0] = a->d[k->argmax(a->v, rows * cols)];
    } else if (axis == 1) {
        for (size_t i = 0; i < rows; i++)
            y->d[i] = a->d[i * cols + k->argmax(a->v + i * cols, cols)];
    } else {
        for (size_t j = 0; j < cols; j++) {
            size_t i = 0;
            while (i + 1 < rows && !nn_is_max(a->v[i * cols + j], y->v[j]))
                i++;
            y->d[j] = a->d[i * cols + j];
        }
    }
}

/* Y = A B and its tangent dA B + A dB (A m x k, B k x n). */
static void matmul_forward(const nn_extent *e, const nn_dual_slot *A, const nn_dual_slot *B,
                           const nn_dual_slot *Y)
{
    const size_t m = e->m, n = e->n, k = e->k;
    nn_matmul_apply(A->v, B->v, Y->v, m, n, k);
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            double s = 0.0;
            for (size_t p = 0; p < k; p++)
                s += A->d[i * k + p] * B->v[p * n + j] + A->v[i * k + p] * B->d[p * n + j];
            Y->d[i * n + j] = s;
        }
}

/* dA += G B^T and dB += A^T G, each with its tangent by the product rule. */
static void matmul_backward(const nn_extent *e, const nn_dual_slot *A, const nn_dual_slot *B,
                            const nn_dual_slot *Y)
{
    const size_t m = e->m, n = e->n, k = e->k;
    const double *G = Y->gv, *dG = Y->gd;
    for (size_t i = 0; A->gv && i < m; i++)
        for (size_t p = 0; p < k; p++) {
            double s = 0.0, t = 0.0;
            for (size_t j = 0; j < n; j++) {
                s += G[i * n + j] * B->v[p * n + j];
                t += dG[i * n + j] * B->v[p * n + j] + G[i * n + j] * B->d[p * n + j];
            }
            A->gv[i * k + p] += s;
            A->gd[i * k + p] += t;
        }
    for (size_t p = 0; B->gv && p < k; p++)
        for (size_t j = 0; j < n; j++) {
            double s = 0.0, t = 0.0;
            for (size_t i = 0; i < m; i++) {
                s += A->v[i * k + p] * G[i * n + j];
                t += A->d[i * k + p] * G[i * n + j] + A->v[i * k + p] * dG[i * n + j];
            }
            B->gv[p * n + j] += s;
            B->gd[p * n + j] += t;
        }
}

static void dual_forward(const nn_instr *in, const nn_extent *e, const nn_dual_slot *ds)
{
    const nn_dual_slot *a = &ds[in->a], *b = in->b >= 0 ? &ds[in->b] : NULL, *y = &ds[in->out];
    if (in->op < NN_OP_add) {
        nn_dual_unary[in->op](a, y, y->rows * y->cols);
    } else if (in->op < NN_OP_sum) {
        nn_dual_binary[in->op - NN_OP_add](a, b, y, &e->walk);
    } else if (in->op < NN_OP_matmul) {
        const nn_slot av = plain(a->v, NULL, a), yv = plain(y->v, NULL, y);
        const nn_slot ad = plain(a->d, NULL, a), yd = plain(y->d, NULL, y);
        nn_reduce_apply(in->op, in->axis, &av, &yv);
        if (in->op == NN_OP_max)
            max_tangent(in->axis, a, y);
        else
            nn_reduce_apply(in->op, in->axis, &ad, &yd); /* sum and mean are linear */
    } else {
        matmul_forward(e, a, b, y);
    }
}

static void dual_backward(const nn_instr *in, const nn_extent *e, const nn_dual_slot *ds)
{
    const nn_dual_slot *a = &ds[in->a], *b = in->b >= 0 ? &ds[in->b] : NULL, *y = &ds[in->out];
    if (!y->gv)
        return;
    if (in->op < NN_OP_add) {
        if (a->gv)
            nn_dual_unary_grad[in->op](a, y, y->rows * y->cols);
    } else if (in->op < NN_OP_sum) {
        if (a->gv)
            nn_dual_grad_a[in->op - NN_OP_add](a, b, y, &e->walk);
        if (b->gv)
            nn_dual_grad_b[in->op - NN_OP_add](a, b, y, &e->walk);
    } else if (in->op < NN_OP_matmul) {
        /* linear in the output's gradient; where max sends it depends on values only */
        const nn_slot av = plain(a->v, a->gv, a), yv = plain(y->v, y->gv, y);
        const nn_slot ad = plain(a->v, a->gd, a), yd = plain(y->v, y->gd, y);
        nn_reduce_backward(in->op, in->axis, &av, &yv);
        nn_reduce_backward(in->op, in->axis, &ad, &yd);
    } else {
        matmul_backward(e, a, b, y);
    }
}

void nn_hvp(const nn_problem *pb, const double *v, double *out, double *work)
{
    const nn_tape *t = pb->tape;
    memset(work, 0, nn_hvp_work(pb) * sizeof(double));
    const nn_dual_slot *ds = lay_out(t, work);
    for (size_t i = 0; i < pb->nparam; i++) {
        const nn_dual_slot *p = &ds[pb->param[i]];
        memcpy(p->d, v, p->rows * p->cols * sizeof(double));
        v += p->rows * p->cols;
    }
    for (size_t i = 0; i < t->ncode; i++)
        dual_forward(&t->code[i], &t->extent[i], ds);
    const nn_dual_slot *y = &ds[t->out];
    const size_t n = y->rows * y->cols;
    /* d(loss)/d(output): 1 for a loss, r itself (with its tangent) for a residual r */
    if (pb->residual) {
        memcpy(y->gv, y->v, n * sizeof(double));
        memcpy(y->gd, y->d, n * sizeof(double));
    } else {
        y->gv[0] = 1.0;
    }
    for (size_t i = t->ncode; i-- > 0;)
        dual_backward(&t->code[i], &t->extent[i], ds);
    for (size_t i = 0; i < pb->nparam; i++) {
        const nn_dual_slot *p = &ds[pb->param[i]];
        memcpy(out, p->gd, p->rows * p->cols * sizeof(double));
        out += p->rows * p->cols;
    }
}

/* fuse.c: plans the fused groups of a tape and runs them block by block, split across threads
 * past NN_PARALLEL_MIN elements; members no one else reads never touch memory. */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cpu.h"
#include "fuse.h"
#include "parallel.h"

/* A longer run starts a new group, which bounds the scratch. */
#define MAX_MEMBERS 32
/* Past this many elements kept outputs are streamed past the cache (as nn.fma does). */
#define STREAM_MIN ((size_t)1 << 18)

static int elementwise(const nn_tape *t, size_t i)
{
    const int op = t->code[i].op;
    return op < NN_OP_add || (op < NN_OP_sum && t->extent[i].walk.rows == 1);
}

/* Groups consecutive elementwise instructions of one output length; returns the largest. */
static size_t find_groups(nn_tape *t, size_t fuse_min)
{
    size_t widest = 0, i = 0;
    while (i < t->ncode) {
        const size_t n = nn_slot_size(&t->slot[t->code[i].out]);
        if (!elementwise(t, i) || n < fuse_min || n == 0) {
            i++;
            continue;
        }
        nn_group *g = &t->group[t->ngroup];
        g->first = i;
        g->n = n;
        while (i < t->ncode && g->count < MAX_MEMBERS && elementwise(t, i) &&
               nn_slot_size(&t->slot[t->code[i].out]) == n) {
            nn_slot *y = &t->slot[t->code[i].out];
            t->code[i].group = (int)t->ngroup;
            y->group = (int)t->ngroup;
            y->member = (int)g->count++;
            i++;
        }
        widest = g->count > widest ? g->count : widest;
        t->ngroup++;
    }
    return widest;
}

/* A member is kept in the pool when an instruction outside its group reads it, when it is the
 * output or asked for; a group sums serially when a broadcast scalar operand wants a gradient. */
static void mark_kept(nn_tape *t, const char *keep)
{
    char *kept = calloc(t->nslot + 1, 1);
    for (size_t i = 0; i < t->ncode; i++) {
        const nn_instr *in = &t->code[i];
        const int ops[2] = {in->a, in->b};
        for (int j = 0; j < 2 && ops[j] >= 0; j++) {
            const nn_slot *x = &t->slot[ops[j]];
            if (x->group >= 0 && x->group != in->group && kept)
                kept[ops[j]] = 1;
            if (in->group >= 0 && x->group != in->group && x->wants &&
                nn_slot_size(x) != t->group[in->group].n)
                t->group[in->group].serial = 1;
        }
    }
    for (size_t i = 0; i < t->nslot; i++) {
        nn_slot *s = &t->slot[i];
        s->fused = s->group >= 0 && !keep[i] && (int)i != t->out && kept && !kept[i];
    }
    free(kept);
}

/* a*b + c as one fma pass (rounded as mul then add, so bit for bit the same): a fused-away mul
 * whose one reader is the add right after it. */
static void fold_fma(nn_tape *t)
{
    int *reads = calloc(t->nslot + 1, sizeof(int));
    for (size_t i = 0; reads && i < t->ncode; i++) {
        reads[t->code[i].a]++;
        if (t->code[i].b >= 0)
            reads[t->code[i].b]++;
    }
    for (size_t i = 0; reads && i + 1 < t->ncode; i++) {
        nn_instr *mul = &t->code[i];
        const nn_instr *add = mul + 1;
        mul->fold = mul->op == NN_OP_mul && add->op == NN_OP_add && mul->group >= 0 &&
                    add->group == mul->group && t->slot[mul->out].fused &&
                    reads[mul->out] == 1 && (add->a == mul->out || add->b == mul->out);
    }
    free(reads);
}

int nn_fuse_plan(nn_tape *t, const char *keep, size_t fuse_min)
{
    for (size_t i = 0; i < t->nslot; i++)
        t->slot[i].group = t->slot[i].member = -1;
    for (size_t i = 0; i < t->ncode; i++)
        t->code[i].group = -1;
    t->group = calloc(t->ncode + 1, sizeof(nn_group));
    if (!t->group)
        return -1;
    const size_t widest = find_groups(t, fuse_min ? fuse_min : 1);
    mark_kept(t, keep);
    fold_fma(t);
    if (!widest)
        return 0;
    t->scratch_each = 2 * widest * NN_BLOCK;
    t->scratch = nn_alloc(NN_MAX_THREADS * t->scratch_each, 1);
    return t->scratch ? 0 : -1;
}

typedef struct {
    const nn_tape *t;
    const nn_group *g;
} group_job;

/* An operand's block: a member's scratch block, else its run (stride 1) or scalar (stride 0). */
static const double *operand(const group_job *j, int slot, const double *V, size_t i0,
                             ptrdiff_t *stride)
{
    const nn_slot *s = &j->t->slot[slot];
    *stride = 1;
    if (s->group == j->t->code[j->g->first].group)
        return V + (size_t)s->member * NN_BLOCK;
    if (nn_slot_size(s) == j->g->n)
        return s->val + i0;
    *stride = 0;
    return s->val;
}

/* Where an operand's gradient goes, or NULL when it wants none. */
static double *operand_grad(const group_job *j, int slot, double *G, size_t i0)
{
    const nn_slot *s = &j->t->slot[slot];
    if (!s->wants)
        return NULL;
    if (s->group == j->t->code[j->g->first].group)
        return G + (size_t)s->member * NN_BLOCK;
    return nn_slot_size(s) == j->g->n ? s->grad + i0 : s->grad;
}

/* Member m's values for elements [i0, i0 + len) into y; a mul folded into the add after it is
 * skipped, and that add runs as one fma. */
static void compute(const group_job *j, size_t m, const double *V, size_t i0, size_t len,
                    double *y)
{
    const nn_kernels *k = nn_kernels_for(len);
    const nn_instr *in = &j->t->code[j->g->first + m];
    ptrdiff_t sa, sb, sc;
    if (in->fold)
        return;
    if (m && in[-1].fold) {
        /* each operand and its stride fetched before the call: C fixes no order among arguments */
        const double *a = operand(j, in[-1].a, V, i0, &sa);
        const double *b = operand(j, in[-1].b, V, i0, &sb);
        const double *c = operand(j, in->a == in[-1].out ? in->b : in->a, V, i0, &sc);
        k->fma(a, sa, b, sb, c, sc, y, len);
        return;
    }
    const double *a = operand(j, in->a, V, i0, &sa);
    if (in->op < NN_OP_add) {
        k->unary[in->op](a, y, len);
    } else {
        const double *b = operand(j, in->b, V, i0, &sb);
        k->binary[in->op - NN_OP_add](a, sa, b, sb, y, len);
    }
}

/* Every member's values for elements [i0, i0 + len), into its scratch block. */
static void block_forward(const group_job *j, double *V, size_t i0, size_t len)
{
    for (size_t m = 0; m < j->g->count; m++)
        compute(j, m, V, i0, len, V + m * NN_BLOCK);
}

/* One instruction, or one fma: blocks gain nothing, so the kernel runs over the whole share into
 * the output (which it streams past the cache when long, as nn.fma does). */
static int single(const nn_tape *t, const nn_group *g)
{
    return g->count == 1 || (g->count == 2 && t->code[g->first].fold);
}

static double *scratch_of(const nn_tape *t, int thread)
{
    return t->scratch + (size_t)thread * t->scratch_each;
}

static void forward_range(void *ctx, size_t lo, size_t hi, int thread)
{
    const group_job *j = ctx;
    double *V = scratch_of(j->t, thread);
    if (single(j->t, j->g)) {
        const size_t last = j->g->count - 1;
        const nn_slot *y = &j->t->slot[j->t->code[j->g->first + last].out];
        if (!y->fused) /* else nothing reads it: nothing to compute, and no memory to hold it */
            compute(j, last, V, lo, hi - lo, y->val + lo);
        return;
    }
    const nn_kernels *k = j->g->n >= STREAM_MIN ? nn_kernels_active : &nn_kernels_scalar;
    for (size_t i0 = lo; i0 < hi; i0 += NN_BLOCK) {
        const size_t len = hi - i0 < NN_BLOCK ? hi - i0 : NN_BLOCK;
        block_forward(j, V, i0, len);
        for (size_t m = 0; m < j->g->count; m++) {
            const nn_slot *y = &j->t->slot[j->t->code[j->g->first + m].out];
            if (!y->fused)
                k->stream(y->val + i0, V + m * NN_BLOCK, len);
        }
    }
    k->fence(); /* before the thread reports its share done */
}

void nn_group_forward(const nn_tape *t, const nn_group *g)
{
    group_job j = {t, g};
    nn_parallel(g->n, NN_BLOCK, g->n >= NN_PARALLEL_MIN, forward_range, &j);
}

/* Each member's gradient block starts from what the pool holds (outside readers' share). */
static void load_grads(const group_job *j, double *G, size_t i0, size_t len)
{
    for (size_t m = 0; m < j->g->count; m++) {
        const nn_slot *y = &j->t->slot[j->t->code[j->g->first + m].out];
        double *gm = G + m * NN_BLOCK;
        if (y->grad)
            memcpy(gm, y->grad + i0, len * sizeof(double));
        else if (y->wants)
            memset(gm, 0, len * sizeof(double));
    }
}

/* Members in reverse, each adding its operands' gradients as the tape's own kernels do. */
static void block_backward(const group_job *j, const double *V, double *G, size_t i0,
                           size_t len)
{
    const nn_kernels *k = nn_kernels_for(len);
    for (size_t m = j->g->count; m-- > 0;) {
        const nn_instr *in = &j->t->code[j->g->first + m];
        if (!j->t->slot[in->out].wants)
            continue;
        const double *y = V + m * NN_BLOCK, *gy = G + m * NN_BLOCK;
        ptrdiff_t sa, sb = 0;
        const double *a = operand(j, in->a, V, i0, &sa);
        double *ga = operand_grad(j, in->a, G, i0);
        if (in->op < NN_OP_add) {
            if (ga)
                k->unary_grad[in->op](a, y, gy, ga, len);
            continue;
        }
        const double *b = operand(j, in->b, V, i0, &sb);
        double *gb = operand_grad(j, in->b, G, i0);
        const int op = in->op - NN_OP_add;
        if (ga)
            k->grad_a[op](a, sa, b, sb, y, gy, ga, len);
        if (gb)
            k->grad_b[op](a, sa, b, sb, y, gy, gb, len);
    }
}

static void backward_range(void *ctx, size_t lo, size_t hi, int thread)
{
    const group_job *j = ctx;
    double *V = scratch_of(j->t, thread), *G = V + j->t->scratch_each / 2;
    for (size_t i0 = lo; i0 < hi; i0 += NN_BLOCK) {
        const size_t len = hi - i0 < NN_BLOCK ? hi - i0 : NN_BLOCK;
        block_forward(j, V, i0, len);
        load_grads(j, G, i0, len);
        block_backward(j, V, G, i0, len);
        for (size_t m = 0; m < j->g->count; m++) {
            const nn_slot *y = &j->t->slot[j->t->code[j->g->first + m].out];
            if (y->grad)
                memcpy(y->grad + i0, G + m * NN_BLOCK, len * sizeof(double));
        }
    }
}

void nn_group_backward(const nn_tape *t, const nn_group *g)
{
    group_job j = {t, g};
    for (size_t m = 0; m < g->count; m++)
        if (t->slot[t->code[g->first + m].out].wants) {
            nn_parallel(g->n, NN_BLOCK, g->n >= NN_PARALLEL_MIN && !g->serial, backward_range,
                        &j);
            return;
        }
}

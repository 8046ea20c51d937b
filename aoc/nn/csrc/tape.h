/* tape.h: the compiled program: slots (tensors seen as rows x cols), a flat instruction list and
 * the fused groups over it. Forward and backward walk it without allocating; no Python here. */
#ifndef NN_TAPE_H
#define NN_TAPE_H
#include <stddef.h>

typedef struct {
    double *val;  /* rows*cols doubles: a leaf's own buffer, a slice of the pool, or NULL when fused
                   * away (its values live only in its group's scratch, block by block) */
    double *grad; /* NULL when no parameter reaches this slot, or when fused away */
    size_t rows, cols;
    int group, member; /* the fused group writing this slot and its place in it, else -1 */
    char wants;        /* a parameter reaches this slot, so backward computes its gradient */
    char fused;        /* a group member no one outside the group reads: no pool memory */
} nn_slot;

/* How a binary op walks its output: one run when each operand is whole or a scalar, else row
 * by row, a row operand re-read each row and a column operand broadcast along it. */
typedef struct {
    size_t rows, cols, step_a, step_b;
    ptrdiff_t sa, sb;
} nn_geometry;

/* Kept small (24 bytes): a chain of scalar ops walks one instruction per op, so its size is
 * cache traffic; what only the array ops need lives apart, in nn_extent. */
typedef struct {
    int op;          /* enum nn_opcode */
    int out, a, b;   /* slot indices; b is -1 for one operand */
    int group;       /* the fused group this instruction runs in, else -1 */
    signed char axis; /* reductions: -1 over everything, 0 down the rows, 1 along each row */
    char fold;       /* a mul whose only reader, the add after it, computes it as one fma */
    char scalar;     /* an elementwise op on one element, outside any group: its rule inline */
} nn_instr;

/* How instruction i walks its operands, at extent[i] beside code[i]. */
typedef union {
    nn_geometry walk;           /* binary ops: fixed by the shapes, worked out by nn_tape_plan */
    struct {
        size_t m, n, k;         /* matmul: out is m x n, summed over k */
    };
} nn_extent;

/* A run of elementwise instructions code[first .. first+count), each writing n elements, run
 * block by block so intermediates stay in cache; `serial` when its backward sums a broadcast
 * scalar's gradient (one running sum, so one thread). */
typedef struct {
    size_t first, count, n;
    int serial;
} nn_group;

typedef struct {
    nn_slot *slot;
    nn_instr *code;
    nn_extent *extent;
    size_t nslot, ncode;
    int out;
    double *pool;     /* every kept value and gradient; owned by the caller */
    double *grad_lo;  /* the gradients, one block so one memset clears them */
    size_t grad_len;
    nn_group *group;
    size_t ngroup;
    double *scratch;  /* per thread: a value and a gradient block per member of the largest group */
    size_t scratch_each;
} nn_tape;

static inline size_t nn_slot_size(const nn_slot *s)
{
    return s->rows * s->cols;
}

/* v is the maximum top, or a NaN when the maximum is NaN (NaN never equals itself). */
static inline int nn_is_max(double v, double top)
{
    return top != top ? v != v : v == top;
}

/* Works out each binary op's walk and the fused groups (runs of at least fuse_min elements;
 * keep[i] forces slot i into the pool), allocates the scratch and returns the doubles the pool
 * needs; (size_t)-1 when out of memory. */
size_t nn_tape_plan(nn_tape *t, const char *keep, size_t fuse_min);
/* Carves pool (of the size nn_tape_plan returned, zeroed) into values and gradients. */
void nn_tape_carve(nn_tape *t, double *pool);
void nn_tape_free(nn_tape *t);
void nn_tape_forward(const nn_tape *t);
/* The forward rules on bare slots, shared by the tape and the eager ops (op is an nn_opcode). */
void nn_binary_apply(int op, const nn_slot *a, const nn_slot *b, const nn_slot *y);
void nn_reduce_apply(int op, int axis, const nn_slot *a, const nn_slot *y);
void nn_matmul_apply(const double *A, const double *B, double *Y, size_t m, size_t n, size_t k);
/* Adds a reduction's gradient (y->grad spread over the reduced axis) into a->grad. */
void nn_reduce_backward(int op, int axis, const nn_slot *a, const nn_slot *y);
void nn_tape_zero_grad(const nn_tape *t);
/* Propagates whatever gradient is seeded in the output slot back to every slot with a grad. */
void nn_tape_backward(const nn_tape *t);

#endif

/* tape.h: the compiled program: slots (tensors seen as rows x cols) and a flat instruction list.
 * Forward and backward walk it without allocating; no Python here. */
#ifndef NN_TAPE_H
#define NN_TAPE_H
#include <stddef.h>

typedef struct {
    double *val;  /* rows*cols doubles: a leaf's own buffer, else a slice of the pool */
    double *grad; /* NULL when no parameter reaches this slot */
    size_t rows, cols;
} nn_slot;

/* How a binary op walks its output: one run when each operand is whole or a scalar, else row
 * by row, a row operand re-read each row and a column operand broadcast along it. */
typedef struct {
    size_t rows, cols, step_a, step_b;
    ptrdiff_t sa, sb;
} nn_geometry;

typedef struct {
    int op;          /* enum nn_opcode */
    int out, a, b;   /* slot indices; b is -1 for one operand */
    int axis;        /* reductions: -1 over everything, 0 down the rows, 1 along each row */
    size_t m, n, k;  /* matmul: out is m x n, summed over k */
    nn_geometry walk; /* binary ops: fixed by the shapes, so worked out once by nn_tape_prepare */
} nn_instr;

typedef struct {
    nn_slot *slot;
    nn_instr *code;
    size_t nslot, ncode;
    int out;
    double *pool;     /* every non-leaf value and every gradient */
    double *grad_lo;  /* the gradients, one block so one memset clears them */
    size_t grad_len;
} nn_tape;

static inline size_t nn_slot_size(const nn_slot *s)
{
    return s->rows * s->cols;
}

/* Carves the pool (values for slots whose val is NULL, grads where wants_grad[i]) and works out
 * each binary op's walk; 0, or -1 when out of memory. */
int nn_tape_prepare(nn_tape *t, const char *wants_grad);
void nn_tape_free(nn_tape *t);
void nn_tape_forward(const nn_tape *t);
/* The forward rules on bare slots, shared by the tape and the eager ops (op is an nn_opcode). */
void nn_binary_apply(int op, const nn_slot *a, const nn_slot *b, const nn_slot *y);
void nn_reduce_apply(int op, int axis, const nn_slot *a, const nn_slot *y);
void nn_matmul_apply(const double *A, const double *B, double *Y, size_t m, size_t n, size_t k);
void nn_tape_zero_grad(const nn_tape *t);
/* Propagates whatever gradient is seeded in the output slot back to every slot with a grad. */
void nn_tape_backward(const nn_tape *t);

#endif

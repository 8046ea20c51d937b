/* dual.h: elementwise rules on dual numbers (a value and its derivative along one direction),
 * derived from ops.def: forward tangents, and the tangents of every gradient rule, so the tape
 * can be run forward-over-reverse for exact Hessian-vector products. No Python here. */
#ifndef NN_DUAL_H
#define NN_DUAL_H
#include "kernels.h"
#include "tape.h"

/* A slot's values, their tangents, its gradient and the gradient's tangent (NULL when none). */
typedef struct {
    double *v, *d, *gv, *gd;
    size_t rows, cols;
} nn_dual_slot;

typedef void (*nn_dual_unary_fn)(const nn_dual_slot *x, const nn_dual_slot *y, size_t n);
typedef void (*nn_dual_binary_fn)(const nn_dual_slot *a, const nn_dual_slot *b,
                                  const nn_dual_slot *y, const nn_geometry *w);

/* Forward: y and its tangent from x's. Gradient: x's gradient and its tangent gain the rule's. */
extern const nn_dual_unary_fn nn_dual_unary[NN_NUNARY], nn_dual_unary_grad[NN_NUNARY];
/* The same over a binary op's walk; grad_a and grad_b add into a's or b's gradient. */
extern const nn_dual_binary_fn nn_dual_binary[NN_NBINARY], nn_dual_grad_a[NN_NBINARY],
    nn_dual_grad_b[NN_NBINARY];

#endif

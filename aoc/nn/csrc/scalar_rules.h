/* scalar_rules.h: the lane macros of ops.def on plain doubles, for the portable kernels and for
 * the tape's one-element instructions, which apply a rule inline instead of calling a kernel. */
#ifndef NN_SCALAR_RULES_H
#define NN_SCALAR_RULES_H
#include <math.h>

#define ONE 1.0
#define HALF 0.5
#define ADD(p, q) ((p) + (q))
#define SUB(p, q) ((p) - (q))
#define MUL(p, q) ((p) * (q))
#define DIV(p, q) ((p) / (q))
#define NEG(p) (-(p))
#define SQRT(p) sqrt(p)
#define EXP(p) exp(p)
#define LOG(p) log(p)
#define ABS(p) fabs(p)
#define TANH(p) tanh(p)
#define POW(p, q) pow(p, q)
#define SIGN(p) ((double)(((p) > 0) - ((p) < 0)))
#define RELU(p) ((p) < 0 ? 0.0 : (p)) /* NaN stays NaN, as np.maximum(x, 0) */
#define IF_POS(p, v) ((p) > 0 ? (v) : 0.0)
#define IS0(p) ((p) == 0)
#define GE0(p) ((p) >= 0)
#define BOTH(m, k) ((m) && (k))
#define UNLESS(m, v) ((m) ? 0.0 : (v))

#endif

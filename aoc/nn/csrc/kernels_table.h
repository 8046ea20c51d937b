/* kernels_table.h: fills one nn_kernels table from the kernels its including file defined;
 * that file sets NN_TABLE, NN_ISA_NAME and KNAME(op, part) to its own names. */
const nn_kernels NN_TABLE = {
    .name = NN_ISA_NAME,
    .unary = {
#define NN_UNARY(name, f, g) KNAME(name, ),
#include "ops.def"
    },
    .unary_grad = {
#define NN_UNARY(name, f, g) KNAME(name, _grad),
#include "ops.def"
    },
    .binary = {
#define NN_BINARY(name, f, ga, gb) KNAME(name, ),
#include "ops.def"
    },
    .grad_a = {
#define NN_BINARY(name, f, ga, gb) KNAME(name, _grad_a),
#include "ops.def"
    },
    .grad_b = {
#define NN_BINARY(name, f, ga, gb) KNAME(name, _grad_b),
#include "ops.def"
    },
    .fma = KNAME(fma, ),
    .stream = KNAME(stream, ),
    .fence = KNAME(fence, ),
    .sum = KNAME(sum, ),
    .argmax = KNAME(argmax, ),
    .maximum = KNAME(maximum, ),
    .gemv = KNAME(gemv, ),
    .gemv_t = KNAME(gemv_t, ),
    .gemm = KNAME(gemm, ),
};

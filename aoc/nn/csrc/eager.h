/* eager.h: the eager ops' method table and the op names from ops.def, for module.c and
 * program.c. */
#ifndef NN_EAGER_H
#define NN_EAGER_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>

extern PyMethodDef nn_eager_methods[];
extern const char *const nn_op_names[];

#endif

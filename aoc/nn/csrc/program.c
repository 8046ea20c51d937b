/* program.c: the Program type: a compiled tape as a Python object; its pool exported through the
 * buffer protocol so node values and gradients are numpy views; forward, backward, minimize. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "cpu.h"
#include "program.h"
#include "solvers.h"
#include "tensor.h"

/* The most doubles one slot may hold, so a pool of every value and gradient stays countable. */
#define MAX_SLOT ((size_t)NN_SSIZE_MAX / sizeof(double) / 4)

typedef struct {
    PyObject_HEAD
    nn_tape tape;
    Py_buffer *leaf; /* per slot: the view of a leaf's buffer (obj NULL for computed slots) */
    int *param;
    char *wants; /* per slot: whether it wants a gradient; only while the program is built */
    size_t nparam, dim;
    int forwarded;
} Program;

typedef int (*load_fn)(Program *self, PyObject *item, size_t i);

static void program_dealloc(Program *self)
{
    for (size_t i = 0; self->leaf && i < self->tape.nslot; i++)
        if (self->leaf[i].obj)
            PyBuffer_Release(&self->leaf[i]);
    free(self->leaf);
    free(self->param);
    free(self->wants);
    nn_tape_free(&self->tape);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int malformed(const char *what)
{
    PyErr_Format(nn_NNError, "malformed program: %s", what);
    return -1;
}

/* Points slot i at the leaf buffer obj, holding a view of it for the program's life. */
static int bind_leaf(Program *self, size_t i, PyObject *obj)
{
    Py_buffer v;
    nn_slot *s = &self->tape.slot[i];
    const char *why = NULL;
    if (PyObject_GetBuffer(obj, &v, PyBUF_C_CONTIGUOUS | PyBUF_WRITABLE | PyBUF_FORMAT) < 0)
        return -1;
    if (!nn_is_float64(v.format))
        why = "a leaf's buffer must hold float64";
    else if ((uintptr_t)v.buf % sizeof(double))
        why = "a leaf's buffer must be aligned for doubles";
    else if (v.len != (Py_ssize_t)(nn_slot_size(s) * sizeof(double)))
        why = "a leaf's buffer does not match its shape";
    if (why) {
        PyBuffer_Release(&v);
        PyErr_SetString(nn_NNError, why);
        return -1;
    }
    if (self->leaf[i].obj)
        PyBuffer_Release(&self->leaf[i]);
    self->leaf[i] = v;
    s->val = v.buf;
    return 0;
}

/* One slot from (rows, cols, leaf buffer or None, wants_grad). */
static int load_slot(Program *self, PyObject *item, size_t i)
{
    nn_slot *s = &self->tape.slot[i];
    PyObject *leaf;
    Py_ssize_t rows, cols;
    int grad;
    if (!PyArg_ParseTuple(item, "nnOp", &rows, &cols, &leaf, &grad))
        return -1;
    if (rows < 0 || cols < 0 || (cols && (size_t)rows > MAX_SLOT / (size_t)cols))
        return malformed("a slot's rows and cols are negative or too large");
    s->rows = (size_t)rows;
    s->cols = (size_t)cols;
    self->wants[i] = (char)grad;
    return leaf == Py_None ? 0 : bind_leaf(self, i, leaf);
}

static int in_range(const Program *self, int i)
{
    return i >= 0 && (size_t)i < self->tape.nslot;
}

/* A dimension of a broadcast result: the other one where one is 1, SIZE_MAX where they clash. */
static size_t broadcast_dim(size_t p, size_t q)
{
    return p == q || q == 1 ? p : p == 1 ? q : SIZE_MAX;
}

/* m·k, k·n and m·n are the sizes of a, b and the output, none overflowing. */
static int matmul_fits(const nn_instr *in, size_t na, size_t nb, size_t ny)
{
    size_t mk, kn, mn;
    const size_t top = (size_t)NN_SSIZE_MAX;
    if (in->m > top || in->n > top || in->k > top || __builtin_mul_overflow(in->m, in->k, &mk) ||
        __builtin_mul_overflow(in->k, in->n, &kn) || __builtin_mul_overflow(in->m, in->n, &mn))
        return 0;
    return mk == na && kn == nb && mn == ny;
}

/* The kernels trust slot sizes: unary ops keep the size, binary ops write the broadcast of their
 * operands, reductions one value per row, column or in all (max never of nothing). */
static int fits(const Program *self, const nn_instr *in)
{
    const nn_slot *y = &self->tape.slot[in->out], *a = &self->tape.slot[in->a];
    const nn_slot *b = in->b >= 0 ? &self->tape.slot[in->b] : NULL;
    const size_t ny = nn_slot_size(y), na = nn_slot_size(a);
    if (in->op < NN_OP_add)
        return na == ny;
    if (in->op < NN_OP_sum)
        return y->rows == broadcast_dim(a->rows, b->rows) &&
               y->cols == broadcast_dim(a->cols, b->cols);
    if (in->op < NN_OP_matmul)
        return in->axis >= -1 && in->axis <= 1 && (in->op != NN_OP_max || na) &&
               ny == (in->axis < 0 ? 1 : in->axis == 1 ? a->rows : a->cols);
    return matmul_fits(in, na, nn_slot_size(b), ny);
}

/* One instruction from (op, out, a, b, axis, m, n, k). */
static int load_instr(Program *self, PyObject *item, size_t i)
{
    nn_instr *in = &self->tape.code[i];
    if (!PyArg_ParseTuple(item, "iiiiinnn", &in->op, &in->out, &in->a, &in->b, &in->axis, &in->m,
                          &in->n, &in->k))
        return -1;
    const int binary = in->op >= NN_OP_add && (in->op < NN_OP_sum || in->op == NN_OP_matmul);
    if (in->op < 0 || in->op >= NN_NOPS || !in_range(self, in->out) || !in_range(self, in->a) ||
        (binary && !in_range(self, in->b)))
        return malformed("an instruction is out of range");
    if (!binary)
        in->b = -1;
    return fits(self, in) ? 0 : malformed("an instruction's sizes do not match its slots");
}

/* One parameter: a slot index, range-checked as a long before it becomes an int. */
static int load_param(Program *self, PyObject *item, size_t i)
{
    const long p = PyLong_AsLong(item);
    if ((p == -1 && PyErr_Occurred()) || p < 0 || (unsigned long)p >= self->tape.nslot ||
        !self->tape.slot[p].grad) {
        PyErr_Clear();
        return malformed("a parameter is out of range or without a gradient");
    }
    self->param[i] = (int)p;
    self->nparam = i + 1;
    self->dim += nn_slot_size(&self->tape.slot[p]);
    return 0;
}

/* Loads each item of list with one(). The arrays were sized by the list's length, so a list
 * changing length meanwhile (an item's __index__ may run Python code) is refused. */
static int load_list(Program *self, PyObject *list, size_t n, load_fn one)
{
    for (size_t i = 0; i < n; i++) {
        if ((size_t)PyList_GET_SIZE(list) != n)
            return malformed("a list changed while it was read");
        PyObject *item = Py_NewRef(PyList_GET_ITEM(list, (Py_ssize_t)i));
        const int rc = one(self, item, i);
        Py_DECREF(item);
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* Zeroed arrays for ns slots, nc instructions and np parameters (one spare each, never 0). */
static int program_alloc(Program *self, size_t ns, size_t nc, size_t np)
{
    self->tape.nslot = ns;
    self->tape.ncode = nc;
    self->tape.slot = calloc(ns + 1, sizeof(nn_slot));
    self->leaf = calloc(ns + 1, sizeof(Py_buffer));
    self->wants = calloc(ns + 1, 1);
    self->tape.code = calloc(nc + 1, sizeof(nn_instr));
    self->param = calloc(np + 1, sizeof(int));
    if (self->tape.slot && self->leaf && self->wants && self->tape.code && self->param)
        return 0;
    PyErr_NoMemory();
    return -1;
}

static PyObject *program_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *slots, *code, *params;
    int out, ok = 0;
    (void)kw;
    if (!PyArg_ParseTuple(args, "O!O!iO!", &PyList_Type, &slots, &PyList_Type, &code, &out,
                          &PyList_Type, &params))
        return NULL;
    Program *self = (Program *)type->tp_alloc(type, 0);
    if (!self)
        return NULL;
    const size_t ns = (size_t)PyList_GET_SIZE(slots), nc = (size_t)PyList_GET_SIZE(code);
    const size_t np = (size_t)PyList_GET_SIZE(params);
    if (program_alloc(self, ns, nc, np) < 0 || load_list(self, slots, ns, load_slot) < 0 ||
        load_list(self, code, nc, load_instr) < 0)
        goto cleanup;
    if (!in_range(self, out)) {
        malformed("output out of range");
        goto cleanup;
    }
    self->tape.out = out;
    if (nn_tape_prepare(&self->tape, self->wants) < 0) {
        PyErr_NoMemory();
        goto cleanup;
    }
    ok = load_list(self, params, np, load_param) == 0;
cleanup:
    free(self->wants);
    self->wants = NULL;
    if (!ok)
        Py_CLEAR(self);
    return (PyObject *)self;
}

static const nn_slot *output(const Program *self)
{
    return &self->tape.slot[self->tape.out];
}

static PyObject *program_forward(Program *self, PyObject *unused)
{
    (void)unused;
    nn_tape_forward(&self->tape);
    self->forwarded = 1;
    if (nn_slot_size(output(self)) != 1)
        Py_RETURN_NONE;
    const double v = output(self)->val[0];
    if (!isfinite(v))
        return PyErr_Format(nn_NNError, "the loss is %s: a NaN or inf reached the output",
                            isnan(v) ? "nan" : v > 0 ? "inf" : "-inf");
    return PyFloat_FromDouble(v);
}

/* Seeds the output gradient (1 for a scalar, else the given seed) and walks back. */
static PyObject *program_backward(Program *self, PyObject *const *args, Py_ssize_t nargs)
{
    const nn_slot *y = output(self);
    const size_t n = nn_slot_size(y);
    nn_input seed = {0};
    if (!self->forwarded)
        return PyErr_Format(nn_NNError, "backward() before forward(): run forward() first");
    if (!y->grad)
        return PyErr_Format(nn_NNError, "no parameter reaches the output, so there is no "
                                        "gradient to compute");
    if (n == 1 && !isfinite(y->val[0]))
        return PyErr_Format(nn_NNError, "cannot differentiate a NaN or inf loss");
    if (n != 1 && (nargs < 1 || args[0] == Py_None))
        return PyErr_Format(nn_NNError, "the output has %zu elements: pass a seed gradient "
                                        "of its shape, or reduce it with nn.sum", n);
    if (nargs >= 1 && args[0] != Py_None && nn_input_get(args[0], &seed) < 0)
        return NULL;
    if (seed.data && (size_t)nn_shape_size(&seed.shape) != n) {
        nn_input_release(&seed);
        return PyErr_Format(nn_NNError, "the seed has %zd elements, the output %zu",
                            nn_shape_size(&seed.shape), n);
    }
    nn_tape_zero_grad(&self->tape);
    for (size_t i = 0; i < n; i++)
        y->grad[i] = seed.data ? seed.data[i] : 1.0;
    nn_input_release(&seed);
    nn_tape_backward(&self->tape);
    Py_RETURN_NONE;
}

static int call_back(void *ctx, size_t step, double loss)
{
    PyObject *r = PyObject_CallFunction((PyObject *)ctx, "nd", (Py_ssize_t)step, loss);
    if (!r)
        return -1;
    const int stop = PyObject_IsTrue(r);
    Py_DECREF(r);
    return stop;
}

static PyObject *minimize_error(int status, long step)
{
    if (status == NN_NONFINITE)
        return PyErr_Format(nn_NNError, "the loss or its gradient became NaN or inf at step %ld",
                            step);
    if (status == NN_SINGULAR)
        return PyErr_Format(nn_NNError, "step %ld: the curvature matrix stayed singular even "
                                        "with damping", step);
    if (status == NN_NOMEM)
        return PyErr_NoMemory();
    return NULL;
}

/* minimize(kind, lr, momentum, beta1, beta2, eps, alpha, damping, tol, steps, every, callback,
 * residual) -> (history array, steps taken). */
static PyObject *program_minimize(Program *self, PyObject *args)
{
    nn_solver s;
    nn_run run = {0};
    PyObject *cb, *hist;
    Py_ssize_t steps, every;
    double *h;
    int status, residual;
    if (!PyArg_ParseTuple(args, "iddddddddnnOp", &s.kind, &s.lr, &s.momentum, &s.beta1,
                          &s.beta2, &s.eps, &s.alpha, &s.damping, &run.tol, &steps, &every, &cb,
                          &residual))
        return NULL;
    if (steps < 0 || s.kind < 0 || s.kind >= NN_NSOLVERS)
        return PyErr_Format(nn_NNError, "steps must be >= 0 and the solver known");
    if (!output(self)->grad)
        return PyErr_Format(nn_NNError, "no parameter reaches the output: nothing to minimize");
    if (!residual && nn_slot_size(output(self)) != 1)
        return PyErr_Format(nn_NNError, "a loss has one element; minimize a longer output as a "
                                        "residual vector");
    const nn_shape shape = {1, {steps, 1}};
    if (!(hist = nn_array_new(&shape, &h, 1)))
        return NULL;
    run.steps = (size_t)steps;
    run.every = every > 0 ? (size_t)every : 0;
    run.callback = cb == Py_None ? NULL : call_back;
    run.ctx = cb;
    const nn_problem pb = {&self->tape, self->param, self->nparam, self->dim, residual};
    const long done = nn_minimize(&pb, &s, &run, h, &status);
    self->forwarded = 1;
    if (status != NN_OK) {
        Py_DECREF(hist);
        return minimize_error(status, done);
    }
    return Py_BuildValue("Nl", hist, done); /* N steals hist */
}

static PyObject *program_offsets(Program *self, PyObject *unused)
{
    (void)unused;
    PyObject *list = PyList_New((Py_ssize_t)self->tape.nslot);
    for (size_t i = 0; list && i < self->tape.nslot; i++) {
        const nn_slot *s = &self->tape.slot[i];
        const double *top = self->tape.grad_lo + self->tape.grad_len;
        const int own = s->val >= self->tape.pool && s->val < top;
        PyObject *pair = Py_BuildValue("nn", own ? (Py_ssize_t)(s->val - self->tape.pool) : -1,
                                       s->grad ? (Py_ssize_t)(s->grad - self->tape.pool) : -1);
        if (!pair) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, pair); /* steals pair */
    }
    return list;
}

/* rebind(slot, buffer): a leaf's data moved to a new buffer of the same size. */
static PyObject *program_rebind(Program *self, PyObject *args)
{
    Py_ssize_t i;
    PyObject *obj;
    if (!PyArg_ParseTuple(args, "nO", &i, &obj))
        return NULL;
    if (i < 0 || (size_t)i >= self->tape.nslot || !self->leaf[i].obj)
        return PyErr_Format(nn_NNError, "slot %zd is not a leaf", i);
    if (bind_leaf(self, (size_t)i, obj) < 0)
        return NULL;
    self->forwarded = 0;
    Py_RETURN_NONE;
}

static PyObject *program_invalidate(Program *self, PyObject *unused)
{
    (void)unused;
    self->forwarded = 0;
    Py_RETURN_NONE;
}

static int program_getbuffer(Program *self, Py_buffer *view, int flags)
{
    const Py_ssize_t n = (Py_ssize_t)(self->tape.grad_lo - self->tape.pool + self->tape.grad_len);
    return PyBuffer_FillInfo(view, (PyObject *)self, self->tape.pool,
                             n * (Py_ssize_t)sizeof(double), 0, flags);
}

static PyBufferProcs program_buffer = {(getbufferproc)program_getbuffer, NULL};

static PyMethodDef program_methods[] = {
    {"forward", (PyCFunction)program_forward, METH_NOARGS,
     "Run the tape forward; the loss as a float when the output has one element."},
    {"backward", (PyCFunction)(void (*)(void))program_backward, METH_FASTCALL,
     "Zero the gradients, seed the output and run the tape backward."},
    {"minimize", (PyCFunction)program_minimize, METH_VARARGS,
     "Run a whole optimisation loop in C; (history, steps taken)."},
    {"offsets", (PyCFunction)program_offsets, METH_NOARGS,
     "Each slot's (value, gradient) offset into the pool in doubles, -1 when elsewhere."},
    {"rebind", (PyCFunction)program_rebind, METH_VARARGS,
     "Point a leaf's slot at a new buffer of the same size."},
    {"invalidate", (PyCFunction)program_invalidate, METH_NOARGS,
     "Forget the last forward pass (new data was set)."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ProgramType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "aoc.nn._core.Program",
    .tp_basicsize = sizeof(Program),
    .tp_dealloc = (destructor)program_dealloc,
    .tp_as_buffer = &program_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Program(slots, code, out, params): a compiled tape over one buffer pool.",
    .tp_methods = program_methods,
    .tp_new = program_new,
};

int nn_program_init(PyObject *module)
{
    if (PyType_Ready(&ProgramType) < 0)
        return -1;
    return PyModule_AddObjectRef(module, "Program", (PyObject *)&ProgramType);
}

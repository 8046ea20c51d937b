/* program.c: the Program type's construction from the graph layer's lists (checked, so a
 * malformed program is refused instead of touching memory it does not own), its pool and views. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include "alloc.h"
#include "kernels.h"
#include "program.h"

/* The most doubles one slot may hold, so a pool of every value and gradient stays countable. */
#define MAX_SLOT ((size_t)NN_SSIZE_MAX / sizeof(double) / 4)
/* Elements computed per pass past which forward and backward release the GIL (below, taking
 * it back costs more than the pass). */
#define RELEASE_MIN 2048

/* Per slot while the program is built: asked to be kept, already written. */
typedef struct {
    char *keep, *written;
} building;

typedef int (*load_fn)(nn_program *self, building *b, PyObject *item, size_t i);

static void program_dealloc(nn_program *self)
{
    for (size_t i = 0; self->leaf && i < self->tape.nslot; i++)
        if (self->leaf[i].obj)
            PyBuffer_Release(&self->leaf[i]);
    free(self->leaf);
    free(self->param);
    free(self->shared);
    free(self->print);
    Py_XDECREF(self->shown);
    Py_XDECREF(self->pool);
    nn_tape_free(&self->tape);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int malformed(const char *what)
{
    PyErr_Format(nn_NNError, "malformed program: %s", what);
    return -1;
}

/* Points slot i at the leaf buffer obj, holding a view of it for the program's life. */
static int bind_leaf(nn_program *self, size_t i, PyObject *obj)
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

/* The first n items of a tuple of lo to hi items, read as integers (as PyArg's "n" reads
 * them, which costs several times more per call: a thousand-node graph makes 2,000 calls). */
static int tuple_integers(PyObject *item, Py_ssize_t lo, Py_ssize_t hi, Py_ssize_t *out,
                          Py_ssize_t n, const char *what)
{
    if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) < lo || PyTuple_GET_SIZE(item) > hi)
        return malformed(what);
    for (Py_ssize_t j = 0; j < n; j++) {
        out[j] = PyNumber_AsSsize_t(PyTuple_GET_ITEM(item, j), PyExc_OverflowError);
        if (out[j] == -1 && PyErr_Occurred())
            return -1;
    }
    return 0;
}

/* One slot from (rows, cols, leaf buffer or None, wants_grad[, keep[, shared]]). */
static int load_slot(nn_program *self, building *b, PyObject *item, size_t i)
{
    nn_slot *s = &self->tape.slot[i];
    Py_ssize_t size[2];
    if (tuple_integers(item, 4, 6, size, 2, "a slot is not (rows, cols, leaf, grad[, keep[, "
                                            "shared]])") < 0)
        return -1;
    const Py_ssize_t rows = size[0], cols = size[1];
    PyObject *leaf = PyTuple_GET_ITEM(item, 2);
    int flag[3] = {0, 0, 0}; /* grad, keep, shared: each read only once the one before it was */
    for (Py_ssize_t j = 3; j < PyTuple_GET_SIZE(item); j++)
        if ((flag[j - 3] = PyObject_IsTrue(PyTuple_GET_ITEM(item, j))) < 0)
            return -1;
    const int grad = flag[0], keep = flag[1], shared = flag[2];
    if (shared && leaf != Py_None)
        self->shared[self->nshared++] = (int)i;
    if (rows < 0 || cols < 0 || (cols && (size_t)rows > MAX_SLOT / (size_t)cols))
        return malformed("a slot's rows and cols are negative or too large");
    s->rows = (size_t)rows;
    s->cols = (size_t)cols;
    s->wants = (char)grad;
    b->keep[i] = (char)keep;
    b->written[i] = leaf != Py_None;
    return leaf == Py_None ? 0 : bind_leaf(self, i, leaf);
}

static int in_range(const nn_program *self, int i)
{
    return i >= 0 && (size_t)i < self->tape.nslot;
}

/* A dimension of a broadcast result: the other one where one is 1, SIZE_MAX where they clash. */
static size_t broadcast_dim(size_t p, size_t q)
{
    return p == q || q == 1 ? p : p == 1 ? q : SIZE_MAX;
}

/* m·k, k·n and m·n are the sizes of a, b and the output, none overflowing. */
static int matmul_fits(const nn_extent *e, size_t na, size_t nb, size_t ny)
{
    size_t mk, kn, mn;
    const size_t top = (size_t)NN_SSIZE_MAX;
    if (e->m > top || e->n > top || e->k > top || __builtin_mul_overflow(e->m, e->k, &mk) ||
        __builtin_mul_overflow(e->k, e->n, &kn) || __builtin_mul_overflow(e->m, e->n, &mn))
        return 0;
    return mk == na && kn == nb && mn == ny;
}

/* The reduced length: everything, each row's columns, or each column's rows. */
static size_t reduced(const nn_instr *in, const nn_slot *a)
{
    return in->axis < 0 ? nn_slot_size(a) : in->axis == 1 ? a->cols : a->rows;
}

/* The kernels trust slot sizes: unary ops keep the size, binary ops write the broadcast of their
 * operands, reductions one value per row, column or in all (max never over nothing). */
static int fits(const nn_program *self, const nn_instr *in, const nn_extent *e)
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
        return in->axis >= -1 && in->axis <= 1 &&
               (in->op != NN_OP_max || reduced(in, a) || !ny) &&
               ny == (in->axis < 0 ? 1 : in->axis == 1 ? a->rows : a->cols);
    return matmul_fits(e, na, nn_slot_size(b), ny);
}

/* One instruction from (op, out, a, b, axis, m, n, k): it reads slots already written (leaves
 * or earlier outputs) and writes a computed slot once. */
static int load_instr(nn_program *self, building *bd, PyObject *item, size_t i)
{
    nn_instr *in = &self->tape.code[i];
    nn_extent *e = &self->tape.extent[i];
    Py_ssize_t v[8];
    if (tuple_integers(item, 8, 8, v, 8, "an instruction is not (op, out, a, b, axis, m, n, k)") < 0)
        return -1;
    for (int j = 0; j < 5; j++)
        if (v[j] < INT_MIN || v[j] > INT_MAX)
            return malformed("an instruction is out of range");
    *in = (nn_instr){.op = (int)v[0], .out = (int)v[1], .a = (int)v[2], .b = (int)v[3],
                     .axis = (signed char)(v[4] < -1 ? -2 : v[4] > 1 ? 2 : v[4])};
    e->m = (size_t)v[5], e->n = (size_t)v[6], e->k = (size_t)v[7];
    const int binary = in->op >= NN_OP_add && (in->op < NN_OP_sum || in->op == NN_OP_matmul);
    if (in->op < 0 || in->op >= NN_NOPS || !in_range(self, in->out) || !in_range(self, in->a) ||
        (binary && !in_range(self, in->b)))
        return malformed("an instruction is out of range");
    if (!binary)
        in->b = -1;
    if (!fits(self, in, e))
        return malformed("an instruction's sizes do not match its slots");
    if (!bd->written[in->a] || (binary && !bd->written[in->b]) || bd->written[in->out])
        return malformed("an instruction reads a slot not yet written or writes one twice");
    bd->written[in->out] = 1;
    return 0;
}

/* One parameter: a slot index, range-checked as a long before it becomes an int. */
static int load_param(nn_program *self, building *b, PyObject *item, size_t i)
{
    const long p = PyLong_AsLong(item);
    (void)b;
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
static int load_list(nn_program *self, building *b, PyObject *list, size_t n, load_fn one)
{
    for (size_t i = 0; i < n; i++) {
        if ((size_t)PyList_GET_SIZE(list) != n)
            return malformed("a list changed while it was read");
        PyObject *item = Py_NewRef(PyList_GET_ITEM(list, (Py_ssize_t)i));
        const int rc = one(self, b, item, i);
        Py_DECREF(item);
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* Zeroed arrays for ns slots, nc instructions and np parameters (one spare each, never 0). */
static int program_alloc(nn_program *self, building *b, size_t ns, size_t nc, size_t np)
{
    self->tape.nslot = ns;
    self->tape.ncode = nc;
    self->tape.slot = calloc(ns + 1, sizeof(nn_slot));
    self->leaf = calloc(ns + 1, sizeof(Py_buffer));
    b->keep = calloc(2 * (ns + 1), 1);
    b->written = b->keep ? b->keep + ns + 1 : NULL;
    self->tape.code = calloc(nc + 1, sizeof(nn_instr));
    self->tape.extent = calloc(nc + 1, sizeof(nn_extent));
    self->param = calloc(np + 1, sizeof(int));
    self->shared = calloc(ns + 1, sizeof(int));
    self->print = calloc(ns + 1, sizeof(uint64_t));
    if (self->tape.slot && self->leaf && b->keep && self->tape.code && self->tape.extent &&
        self->param && self->shared && self->print)
        return 0;
    PyErr_NoMemory();
    return -1;
}

/* The output's shape as the graph sees it (None: rows x cols). */
static int load_shape(nn_program *self, PyObject *shape)
{
    const nn_slot *y = &self->tape.slot[self->tape.out];
    if (shape == Py_None) {
        self->out_shape = (nn_shape){2, {(Py_ssize_t)y->rows, (Py_ssize_t)y->cols}};
        return 0;
    }
    if (nn_shape_from(shape, &self->out_shape) < 0)
        return -1;
    return nn_shape_size(&self->out_shape) == (Py_ssize_t)nn_slot_size(y)
               ? 0 : malformed("the output shape does not match its slot");
}

/* Plans the fused groups, allocates the pool as a numpy array and carves it. */
static int lay_out(nn_program *self, const building *b, Py_ssize_t fuse)
{
    double *data;
    size_t work = 0;
    const size_t len = nn_tape_plan(&self->tape, b->keep, fuse > 0 ? (size_t)fuse : SIZE_MAX);
    if (len == (size_t)-1) {
        PyErr_NoMemory();
        return -1;
    }
    const nn_shape s = {1, {(Py_ssize_t)len, 1}};
    if (!(self->pool = nn_array_new(&s, &data, 1)))
        return -1;
    nn_tape_carve(&self->tape, data);
    for (size_t i = 0; i < self->tape.ncode; i++)
        work += nn_slot_size(&self->tape.slot[self->tape.code[i].out]);
    self->release = work >= RELEASE_MIN;
    const nn_slot *y = &self->tape.slot[self->tape.out];
    PyObject *owner = self->leaf[self->tape.out].obj ? self->leaf[self->tape.out].obj : self->pool;
    self->shown = nn_view(owner, y->val, &self->out_shape);
    return self->shown ? 0 : -1;
}

/* Program(slots, code, out, params, out_shape=None, fuse=0): fuse is the shortest elementwise
 * run to fuse, 0 for none. */
static PyObject *program_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *slots, *code, *params, *shape = Py_None;
    Py_ssize_t fuse = 0;
    int out, ok = 0;
    building b = {0};
    static char *names[] = {"", "", "", "", "out_shape", "fuse", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!O!iO!|On", names, &PyList_Type, &slots,
                                     &PyList_Type, &code, &out, &PyList_Type, &params, &shape,
                                     &fuse))
        return NULL;
    nn_program *self = (nn_program *)type->tp_alloc(type, 0);
    if (!self)
        return NULL;
    const size_t ns = (size_t)PyList_GET_SIZE(slots), nc = (size_t)PyList_GET_SIZE(code);
    const size_t np = (size_t)PyList_GET_SIZE(params);
    if (program_alloc(self, &b, ns, nc, np) < 0 || load_list(self, &b, slots, ns, load_slot) < 0 ||
        load_list(self, &b, code, nc, load_instr) < 0)
        goto cleanup;
    if (!in_range(self, out) || !b.written[out]) {
        malformed(in_range(self, out) ? "the output is neither a leaf nor computed"
                                       : "output out of range");
        goto cleanup;
    }
    self->tape.out = out;
    ok = load_shape(self, shape) == 0 && lay_out(self, &b, fuse) == 0 &&
         load_list(self, &b, params, np, load_param) == 0;
cleanup:
    free(b.keep);
    if (!ok)
        Py_CLEAR(self);
    return (PyObject *)self;
}

int nn_program_enter(nn_program *self)
{
    static unsigned long long clock = 0;
    if (self->busy) {
        PyErr_SetString(nn_NNError, "this Program is running in another thread; compile one "
                                    "program per thread (g.compile(output) again)");
        return -1;
    }
    self->busy = 1;
    self->ran = ++clock;
    self->thread = PyThread_get_thread_ident();
    return 0;
}

static PyObject *program_offsets(nn_program *self, PyObject *unused)
{
    (void)unused;
    PyObject *list = PyList_New((Py_ssize_t)self->tape.nslot);
    for (size_t i = 0; list && i < self->tape.nslot; i++) {
        const nn_slot *s = &self->tape.slot[i];
        const int own = !self->leaf[i].obj && !s->fused;
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

/* view(slot, shape, grad): a read-only numpy view of the slot's value or gradient in this
 * program; None when fused away or without a gradient. */
static PyObject *program_view(nn_program *self, PyObject *args)
{
    Py_ssize_t i;
    PyObject *shape;
    int grad;
    nn_shape s;
    if (!PyArg_ParseTuple(args, "nOp", &i, &shape, &grad) || nn_shape_from(shape, &s) < 0)
        return NULL;
    if (i < 0 || (size_t)i >= self->tape.nslot ||
        nn_shape_size(&s) != (Py_ssize_t)nn_slot_size(&self->tape.slot[i]))
        return PyErr_Format(nn_NNError, "slot %zd does not exist or has another size", i);
    const nn_slot *slot = &self->tape.slot[i];
    double *data = grad ? slot->grad : slot->val;
    if (!data)
        Py_RETURN_NONE;
    return nn_view(!grad && self->leaf[i].obj ? self->leaf[i].obj : self->pool, data, &s);
}

/* rebind(slot, buffer): a leaf's data moved to a new buffer of the same size. */
static PyObject *program_rebind(nn_program *self, PyObject *args)
{
    Py_ssize_t i;
    PyObject *obj;
    if (!PyArg_ParseTuple(args, "nO", &i, &obj))
        return NULL;
    if (i < 0 || (size_t)i >= self->tape.nslot || !self->leaf[i].obj)
        return PyErr_Format(nn_NNError, "slot %zd is not a leaf", i);
    if (nn_program_enter(self) < 0)
        return NULL;
    const int rc = bind_leaf(self, (size_t)i, obj);
    self->busy = 0;
    if (rc < 0)
        return NULL;
    self->state = self->state == NN_FRESH ? NN_FRESH : NN_STALE;
    Py_RETURN_NONE;
}

static PyObject *program_invalidate(nn_program *self, PyObject *unused)
{
    (void)unused;
    self->state = self->state == NN_FRESH ? NN_FRESH : NN_STALE;
    Py_RETURN_NONE;
}

static PyObject *get_ran(nn_program *self, void *unused)
{
    (void)unused;
    return PyLong_FromUnsignedLongLong(self->ran);
}

static PyObject *get_thread(nn_program *self, void *unused)
{
    (void)unused;
    return PyLong_FromUnsignedLong(self->thread);
}

static PyObject *get_backwarded(nn_program *self, void *unused)
{
    (void)unused;
    return PyBool_FromLong(self->state == NN_BACKWARDED);
}

static int program_getbuffer(nn_program *self, Py_buffer *view, int flags)
{
    const Py_ssize_t n = (Py_ssize_t)(self->tape.grad_lo - self->tape.pool + self->tape.grad_len);
    return PyBuffer_FillInfo(view, (PyObject *)self, self->tape.pool,
                             n * (Py_ssize_t)sizeof(double), 1, flags);
}

static PyBufferProcs program_buffer = {(getbufferproc)program_getbuffer, NULL};

static PyGetSetDef program_getset[] = {
    {"ran", (getter)get_ran, NULL, "When this program last ran (a count shared by all programs; "
                                   "0 if never).", NULL},
    {"thread", (getter)get_thread, NULL, "The ident of the thread that last ran it.", NULL},
    {"backwarded", (getter)get_backwarded, NULL, "Whether the gradients are those of the last "
                                                 "forward pass.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef program_methods[] = {
    {"forward", (PyCFunction)nn_program_forward, METH_NOARGS,
     "forward()\n--\n\nRun the tape forward: the output as a float when it is a scalar, else a "
     "read-only numpy view."},
    {"backward", (PyCFunction)(void (*)(void))nn_program_backward, METH_FASTCALL,
     "backward(seed=None)\n--\n\nGradients of the output (seeded with `seed`, of the output's "
     "shape, when it is not a scalar) into every .grad."},
    {"minimize", (PyCFunction)nn_program_minimize, METH_VARARGS,
     "Run a whole optimisation loop in C; (history, steps taken)."},
    {"hvp", (PyCFunction)nn_program_hvp, METH_O,
     "hvp(v)\n--\n\nThe exact Hessian of the loss times v (every parameter's entries end to end, "
     "in params order), by forward-over-reverse differentiation of the tape."},
    {"offsets", (PyCFunction)program_offsets, METH_NOARGS,
     "Each slot's (value, gradient) offset into the pool in doubles, -1 when elsewhere."},
    {"view", (PyCFunction)program_view, METH_VARARGS,
     "A read-only view of a slot's value or gradient; None when not kept."},
    {"rebind", (PyCFunction)program_rebind, METH_VARARGS,
     "Point a leaf's slot at a new buffer of the same size."},
    {"invalidate", (PyCFunction)program_invalidate, METH_NOARGS,
     "Forget the last forward pass (new data was set)."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ProgramType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "aoc.nn._core.Program",
    .tp_basicsize = sizeof(nn_program),
    .tp_dealloc = (destructor)program_dealloc,
    .tp_as_buffer = &program_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Program(slots, code, out, params, out_shape=None, fuse=0): a compiled tape over "
              "one buffer pool.",
    .tp_methods = program_methods,
    .tp_getset = program_getset,
    .tp_new = program_new,
};

int nn_program_init(PyObject *module)
{
    if (PyType_Ready(&ProgramType) < 0)
        return -1;
    return PyModule_AddObjectRef(module, "Program", (PyObject *)&ProgramType);
}

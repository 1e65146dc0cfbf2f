"""Shrinks the PP-OCRv5 mobile ONNX models for the browser download, before rten-convert.

  prepare.py det DET.onnx OUT.onnx [--int8]
  prepare.py rec REC.onnx DICT.txt OUT.onnx OUT_DICT.txt [--jis] [--int8]

--jis   keeps only the recogniser's output classes a Japanese document can print (JIS X 0208:
        kana, kanji levels 1 and 2, full-width forms; and printable ASCII) and rewrites the
        dictionary to match. Over half of the recogniser's weights are its final 120 × 18385
        projection, so this removes most of its size.
--int8  stores every large Conv/ConvTranspose/MatMul weight as int8 with one scale per output
        channel, followed by a DequantizeLinear. rten folds the DequantizeLinear into float
        weights when it loads the model, so inference runs in float as before: only the download
        shrinks.
"""

import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper

MIN_QUANTISED_SIZE = 1024


def constants(model):
    return {n.output[0]: n for n in model.graph.node if n.op_type == "Constant"}


def in_jis_x_0208(ch):
    if len(ch) != 1:
        return False
    if ch.isascii():
        return ch.isprintable()
    try:
        encoded = ch.encode("euc_jp")
    except UnicodeEncodeError:
        return False
    # Two bytes in 0xA1–0xFE: JIS X 0208 (0x8E/0x8F prefixes are half-width kana and JIS X 0212).
    return len(encoded) == 2 and all(0xA1 <= b <= 0xFE for b in encoded)


def prune_classes(model, dictionary_path, out_dictionary_path):
    entries = open(dictionary_path, encoding="utf-8").read().split("\n")
    if entries and entries[-1] == "":
        entries.pop()
    # Class 0 is the CTC blank, classes 1..=N the dictionary, class N+1 the space.
    keep = [0] + [i + 1 for i, ch in enumerate(entries) if in_jis_x_0208(ch)] + [len(entries) + 1]
    consts = constants(model)
    width = len(entries) + 2
    changed = 0
    for node in model.graph.node:
        if node.op_type not in ("MatMul", "Add"):
            continue
        for name in node.input:
            const = consts.get(name)
            if const is None:
                continue
            value = numpy_helper.to_array(const.attribute[0].t)
            if value.shape and value.shape[-1] == width:
                pruned = np.ascontiguousarray(value[..., keep])
                const.attribute[0].t.CopyFrom(numpy_helper.from_array(pruned, name))
                changed += 1
    if changed != 2:
        sys.exit(f"expected the final projection's weight and bias, found {changed} tensors of width {width}")
    # Keep the declared output shape in step with the pruned projection.
    for output in model.graph.output:
        dims = output.type.tensor_type.shape.dim
        if dims and dims[-1].dim_value == width:
            dims[-1].dim_value = len(keep)
    with open(out_dictionary_path, "w", encoding="utf-8") as out:
        for i in keep[1:-1]:
            out.write(entries[i - 1] + "\n")
    print(f"classes {width} -> {len(keep)}")


def quantise_weights(model):
    consts = constants(model)
    # (op, weight input index, output-channel axis)
    weight_inputs = {"Conv": (1, 0), "ConvTranspose": (1, 1), "MatMul": (1, 1)}
    used_by = {}
    for node in model.graph.node:
        for name in node.input:
            used_by.setdefault(name, []).append(node)
    new_nodes = []
    count = 0
    for node in model.graph.node:
        spec = weight_inputs.get(node.op_type)
        if spec is None:
            continue
        index, axis = spec
        name = node.input[index]
        const = consts.get(name)
        if const is None or len(used_by.get(name, [])) != 1:
            continue
        weight = numpy_helper.to_array(const.attribute[0].t)
        if weight.dtype != np.float32 or weight.size < MIN_QUANTISED_SIZE or weight.ndim < 2:
            continue
        moved = np.moveaxis(weight, axis, 0).reshape(weight.shape[axis], -1)
        scale = np.abs(moved).max(axis=1) / 127.0
        scale[scale == 0] = 1.0
        shape = [1] * weight.ndim
        shape[axis] = -1
        quantised = np.clip(np.round(weight / scale.reshape(shape)), -127, 127).astype(np.int8)
        const.attribute[0].t.CopyFrom(numpy_helper.from_array(quantised, name + "_q"))
        const.output[0] = name + "_q"
        scale_name, zero_name = name + "_scale", name + "_zero"
        new_nodes += [
            helper.make_node("Constant", [], [scale_name], value=numpy_helper.from_array(scale.astype(np.float32), scale_name)),
            helper.make_node("Constant", [], [zero_name], value=numpy_helper.from_array(np.zeros(scale.shape, np.int8), zero_name)),
            helper.make_node("DequantizeLinear", [name + "_q", scale_name, zero_name], [name], axis=axis),
        ]
        count += 1
    # Constants first so the graph stays topologically sorted.
    nodes = list(model.graph.node)
    del model.graph.node[:]
    model.graph.node.extend([n for n in nodes if n.op_type == "Constant"] + new_nodes + [n for n in nodes if n.op_type != "Constant"])
    print(f"int8 weights: {count}")


def main(argv):
    flags = {a for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    kind = args[0]
    model = onnx.load(args[1])
    if kind == "det":
        out = args[2]
    elif kind == "rec":
        dictionary, out, out_dictionary = args[2], args[3], args[4]
        if "--jis" in flags:
            prune_classes(model, dictionary, out_dictionary)
        else:
            open(out_dictionary, "w", encoding="utf-8").write(open(dictionary, encoding="utf-8").read())
    else:
        sys.exit(__doc__)
    if "--int8" in flags:
        quantise_weights(model)
    onnx.checker.check_model(model)
    onnx.save(model, out)


if __name__ == "__main__":
    main(sys.argv[1:])

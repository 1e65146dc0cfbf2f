"""Converts a MediaPipe .tflite model to ONNX (tflite2onnx) with its initializers in name order.

tflite2onnx writes the initializers in set order, which changes from run to run; sorting them
makes the ONNX, and so the .rten made from it, identical on every run (fetch.sh pins its SHA-256).
Usage: convert.py MODEL.tflite OUT.onnx
"""
import sys

import onnx
import tflite2onnx

source, target = sys.argv[1], sys.argv[2]
tflite2onnx.convert(source, target)
model = onnx.load(target)
graph = model.graph
for field in (graph.initializer, graph.value_info):
    ordered = []
    for item in sorted(field, key=lambda t: t.name):
        copy = type(item)()
        copy.CopyFrom(item)
        ordered.append(copy)
    del field[:]
    field.extend(ordered)
onnx.save(model, target)

"""snippets/nn/convolution.py against torch: conv2d and its gradients for several strides and
paddings, im2col against F.unfold (same row order)."""

import numpy as np
import pytest
import torch.nn.functional as F

from snippets.nn import convolution
from tests.torch.crosscheck import grads, tensor

SETTINGS = [(1, 0), (1, 1), (2, 0), (2, 1), (3, 2)]  # (stride, padding)


@pytest.mark.parametrize("stride, padding", SETTINGS)
def test_conv2d(compare, stride, padding):
    rng = np.random.default_rng(105)
    x, w = rng.normal(size=(2, 7, 6)), rng.normal(size=(3, 2, 3, 2))
    xt, wt = tensor(x, requires_grad=True), tensor(w, requires_grad=True)
    out_t = F.conv2d(xt[None], wt, stride=stride, padding=padding)[0]
    compare("conv2d", convolution.conv2d(x, w, stride, padding), out_t)
    cols_t = F.unfold(tensor(x)[None], (3, 2), padding=padding, stride=stride)[0]
    compare("im2col", convolution.im2col(x, 3, 2, stride, padding), cols_t)
    G = rng.normal(size=tuple(out_t.shape))
    grad_x, grad_w = convolution.conv2d_backward(x, w, G, stride, padding)
    grad_x_t, grad_w_t = grads(out_t, [xt, wt], upstream=G)
    compare("conv2d_backward", grad_x, grad_x_t, "grad_x")
    compare("conv2d_backward", grad_w, grad_w_t, "grad_w")

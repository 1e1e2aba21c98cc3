#pragma once

#include "core/Signature.h"

#include <QLabel>

namespace fd {

// Shows a stored signature in a record's history: the customer's strokes, or why there are none.
class SignatureView : public QLabel
{
    Q_OBJECT

public:
    explicit SignatureView(QWidget* parent = nullptr);
    void showSignature(const Signature& signature);
};

} // namespace fd

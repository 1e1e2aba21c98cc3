#pragma once

#include "core/Signature.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace fd {

class SignaturePad;

// The signature part of a form (issue 5 "Signatures"): the pad, a Clear button, and for a customer
// who cannot or will not sign on the pad, why — refused (with what they said) or signed on the paper
// form. The service decides whether what was given is enough (SignatureService::validate); forms bind
// its "signature" errors to this widget with FormErrors.
class SignatureField : public QWidget
{
    Q_OBJECT

public:
    explicit SignatureField(QWidget* parent = nullptr);

    // What the form stores: the pad's PNG, or the waiver and the clerk's note; signer as given.
    [[nodiscard]] Signature signature(const QString& signer) const;
    [[nodiscard]] SignaturePad* pad() const { return m_pad; }

public slots:
    void clear();

signals:
    void changed();

private:
    void updateState();

    SignaturePad* m_pad = nullptr;
    QPushButton* m_clear = nullptr;
    QComboBox* m_waiver = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace fd

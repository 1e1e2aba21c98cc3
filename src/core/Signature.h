#pragma once

#include <QByteArray>
#include <QString>

namespace fd {

// A customer's signature where the seeds say the customer signs (stored items, parcels, tools):
// the strokes from the pad as a PNG, or, when there is none, why — the customer refused, or signed
// the paper form instead — which the clerk must record (issue 5, "Signatures").
struct Signature
{
    static constexpr auto Refused = "refused";
    static constexpr auto OnPaper = "paper";

    qint64 id = 0;
    QString signer;       // who signed: the depositor, the collector, the borrower
    QByteArray image;     // PNG; empty when waived
    QString waivedReason; // Refused or OnPaper; empty when signed on the pad
    QString note;         // the clerk's words on a waiver
    qint64 signedMs = 0;

    [[nodiscard]] bool signedOnPad() const { return !image.isEmpty(); }
    [[nodiscard]] bool isEmpty() const { return image.isEmpty() && waivedReason.isEmpty(); }
};

} // namespace fd

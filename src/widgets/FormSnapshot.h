#pragma once

#include <QStringList>

class QWidget;

namespace fd {

// What the fields of a form hold at one moment: the text typed, the entry chosen, the boxes ticked,
// whether a signature is drawn. Taken when a record is shown, it tells later whether the person has
// typed or chosen anything since: a page following changes saved at other desks (issue 16) shows
// such a record again only when nothing has been, so nothing typed is lost and the save meets the
// other desk's change (refused as stale, "Reload and apply again") instead of passing over it.
class FormSnapshot
{
public:
    // The values of every editable field under `root`, in the order of the widget tree.
    [[nodiscard]] static QStringList of(const QWidget* root);

    void take(const QWidget* root) { m_values = of(root); }
    [[nodiscard]] bool changedSince(const QWidget* root) const { return of(root) != m_values; }

private:
    QStringList m_values;
};

} // namespace fd

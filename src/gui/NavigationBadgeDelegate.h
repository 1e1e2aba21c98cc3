#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace fd {

// Draws a navigation entry with its count at the right edge ("Queues  5"): a red pill when
// something is urgent (overdue work), a grey one otherwise, nothing when the count is 0. The
// entry's text stays the page title; the count lives in the item's BadgeCountRole.
class NavigationBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int BadgeCountRole = Qt::UserRole + 1;
    static constexpr int BadgeUrgentRole = Qt::UserRole + 2;

    explicit NavigationBadgeDelegate(QObject* parent = nullptr);

    [[nodiscard]] static QColor urgentColor() { return {0xc6, 0x28, 0x28}; }
    [[nodiscard]] static QColor calmColor() { return {0x6b, 0x6b, 0x6b}; }
    // "5", "99+"; empty for 0.
    [[nodiscard]] static QString badgeText(int count);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    [[nodiscard]] static QRect badgeRect(const QStyleOptionViewItem& option, const QString& text);
};

} // namespace fd

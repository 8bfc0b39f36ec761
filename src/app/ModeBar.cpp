#include "ModeBar.h"

#include <QKeySequence>
#include <QPainter>
#include <QStyledItemDelegate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kBadgeRole = Qt::UserRole + 1; // int: the count on the icon
constexpr int kMeaningRole = Qt::UserRole + 2; // QString: the count in words
constexpr int kShortcutRole = Qt::UserRole + 3; // QString: the shortcut, as the menus show it

constexpr int kIconSize = 24;
constexpr int kPaddingX = 12; // beside the name; also room for a badge past the icon's edge
constexpr int kPaddingY = 8;
constexpr int kGap = 4; // between the icon and its name
constexpr int kInset = 4; // between the row's edge and the selection's rounded fill

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else
        font.setPixelSize(std::max(8, font.pixelSize() * 17 / 20));
    return font;
}

// Paints an area as an icon above its name, with its count on the icon's upper right corner.
class ModeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(option.font);
        const int textWidth = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString());
        return {std::max(kIconSize, textWidth) + 2 * kPaddingX,
                kPaddingY + kIconSize + kGap + metrics.height() + kPaddingY};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &palette = option.palette;
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const bool enabled = option.state.testFlag(QStyle::State_Enabled);
        const QRectF fill =
            QRectF(option.rect).adjusted(kInset, kInset / 2.0, -kInset, -kInset / 2.0);
        // The current area in the selection colour even while the keyboard is elsewhere: it says
        // where the window is.
        if (selected) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette.color(QPalette::Active, QPalette::Highlight));
            painter->drawRoundedRect(fill, 6, 6);
        } else if (option.state.testFlag(QStyle::State_MouseOver)) {
            QColor hover = palette.color(QPalette::Active, QPalette::Highlight);
            hover.setAlpha(40);
            painter->setPen(Qt::NoPen);
            painter->setBrush(hover);
            painter->drawRoundedRect(fill, 6, 6);
        }
        if (option.state.testFlag(QStyle::State_HasFocus) && selected && option.widget
            && option.widget->hasFocus()) {
            QPen pen(palette.color(QPalette::Active, QPalette::HighlightedText), 1, Qt::DotLine);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(fill.adjusted(2.5, 2.5, -2.5, -2.5), 4, 4);
        }

        const QRect iconRect(option.rect.center().x() - kIconSize / 2 + 1,
                             option.rect.top() + kPaddingY, kIconSize, kIconSize);
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        const QIcon::Mode mode =
            !enabled ? QIcon::Disabled : (selected ? QIcon::Selected : QIcon::Normal);
        icon.paint(painter, iconRect, Qt::AlignCenter, mode);

        const QRect textRect(option.rect.left() + kInset, iconRect.bottom() + 1 + kGap,
                             option.rect.width() - 2 * kInset,
                             option.rect.bottom() - iconRect.bottom() - kGap);
        const QFontMetrics metrics(option.font);
        painter->setFont(option.font);
        painter->setPen(palette.color(enabled ? QPalette::Active : QPalette::Disabled,
                                      selected ? QPalette::HighlightedText : QPalette::WindowText));
        painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop,
                          metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                             textRect.width()));

        const int count = index.data(kBadgeRole).toInt();
        if (count > 0)
            paintBadge(painter, option, iconRect, count, selected);
        painter->restore();
    }

private:
    static void paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                           const QRect &iconRect, int count, bool selected)
    {
        const QFont font = badgeFont(option.font);
        const QFontMetrics metrics(font);
        const QString text = count > 99 ? u"99+"_s : QString::number(count);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + height / 2 + 2);
        // Centred on the icon's upper right corner, as a mail client counts unread messages.
        const QRectF badge(iconRect.right() + 3 - width / 2.0, iconRect.top() - height / 3.0, width,
                           height);
        const QPalette &palette = option.palette;
        // On the current area's fill the colours swap, so that the badge stays apart from it.
        const QColor background = palette.color(
            QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Highlight);
        const QColor foreground = palette.color(
            QPalette::Active, selected ? QPalette::Highlight : QPalette::HighlightedText);
        // A ring in the colour behind it sets it off from the icon's strokes.
        painter->setPen(
            QPen(palette.color(QPalette::Active, selected ? QPalette::Highlight : QPalette::Window),
                 1.5));
        painter->setBrush(background);
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setPen(foreground);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
};

} // namespace

ModeBar::ModeBar(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new ModeDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(false);
    setIconSize(QSize(kIconSize, kIconSize));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    viewport()->setAttribute(Qt::WA_Hover);
    // A side bar rather than a list to fill in: the window's colour, not a field's.
    viewport()->setBackgroundRole(QPalette::Window);
    setBackgroundRole(QPalette::Window);
}

ModeBar::~ModeBar() = default;

void ModeBar::setArea(int row, const QIcon &icon, const QKeySequence &shortcut)
{
    QListWidgetItem *area = item(row);
    if (!area)
        return;
    area->setIcon(icon);
    area->setData(kShortcutRole, shortcut.toString(QKeySequence::NativeText));
    describe(row);
}

void ModeBar::setBadge(int row, int count, const QString &meaning)
{
    QListWidgetItem *area = item(row);
    if (!area)
        return;
    area->setData(kBadgeRole, std::max(0, count));
    area->setData(kMeaningRole, count > 0 ? meaning : QString());
    describe(row);
}

int ModeBar::badge(int row) const
{
    const QListWidgetItem *area = item(row);
    return area ? area->data(kBadgeRole).toInt() : 0;
}

int ModeBar::preferredWidth() const
{
    return sizeHintForColumn(0) + 2 * frameWidth();
}

void ModeBar::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    // A hairline along the right edge keeps the bar apart from the page, which has the same
    // colour.
    QPainter painter(viewport());
    QColor line = palette().color(QPalette::WindowText);
    line.setAlpha(50);
    painter.setPen(line);
    const int x = viewport()->width() - 1;
    painter.drawLine(x, 0, x, viewport()->height());
}

void ModeBar::describe(int row)
{
    QListWidgetItem *area = item(row);
    const QString name = area->text();
    const QString shortcut = area->data(kShortcutRole).toString();
    const QString meaning = area->data(kMeaningRole).toString();
    QString tip = shortcut.isEmpty() ? name : tr("%1 (%2)").arg(name, shortcut);
    if (!meaning.isEmpty())
        tip = tr("%1\n%2").arg(tip, meaning);
    area->setToolTip(tip);
    area->setData(Qt::AccessibleTextRole,
                  meaning.isEmpty() ? name : tr("%1, %2").arg(name, meaning));
    area->setData(Qt::AccessibleDescriptionRole,
                  shortcut.isEmpty() ? QString() : tr("Shortcut: %1").arg(shortcut));
}

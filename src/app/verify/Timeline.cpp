#include "Timeline.h"

#include "Icons.h"
#include "ReadableWidth.h"
#include "TimeText.h"
#include "verification/VerificationSession.h"
#include "verification/Workflow.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QStyledItemDelegate>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

using State = Timeline::State;
using SessionState = VerificationSession::State;

namespace {

constexpr int ChannelRole = Timeline::DetailRole + 1; // Workflow::Channel as int, -1 for none

struct Row
{
    State state = State::Sent;
    int channel = -1;
    QString title;
    QString time;
    QString detail;
    QString spoken;
};

QString shownTime(const VerificationSession *s, qint64 sessionMs)
{
    // Real time, as the phone and the History show it, however far the Sandbox was skipped.
    return TimeText::timeOfDay(s->realMsAt(sessionMs));
}

Row sentRow(const VerificationSession *s, const TimelineEvent &event)
{
    const QString channel = Workflow::channelLabel(event.channel);
    const QString time = shownTime(s, event.atMs);
    Row row {State::Sent, int(event.channel), channel, time, {}, {}};
    if (event.source == TimelineEvent::Source::Triggered) {
        row.detail = Timeline::tr("Sent when asked for");
        row.spoken = Timeline::tr("%1 sent at %2 (asked for)").arg(channel, time);
    } else if (event.isApproximate()) {
        row.detail = Timeline::tr("Sent");
        row.spoken = Timeline::tr("%1 sent at about %2").arg(channel, time);
    } else {
        row.detail = Timeline::tr("Sent");
        row.spoken = Timeline::tr("%1 sent at %2").arg(channel, time);
    }
    if (event.newPin && event.index > 0) {
        row.detail = Timeline::tr("%1, with a new PIN").arg(row.detail);
        row.spoken = Timeline::tr("%1, with a new PIN").arg(row.spoken);
    }
    return row;
}

// An event not sent yet: the next one with its countdown (`seconds`), or a later one.
Row plannedRow(const VerificationSession *s, const TimelineEvent &event, bool next, int seconds)
{
    const QString channel = Workflow::channelLabel(event.channel);
    const QString time = shownTime(s, event.atMs);
    Row row {next ? State::Next : State::Planned,
             int(event.channel),
             channel,
             Timeline::tr("~%1").arg(time),
             {},
             {}};
    if (!next) {
        row.detail = Timeline::tr("Planned");
        row.spoken = Timeline::tr("%1 planned for about %2").arg(channel, time);
    } else if (seconds > 0) {
        const QString left = TimeText::countdown(seconds);
        row.detail = Timeline::tr("Expected in ~%1").arg(left);
        row.spoken = Timeline::tr("%1 expected at about %2, in %3").arg(channel, time, left);
    } else {
        row.detail = Timeline::tr("Expected now");
        row.spoken = Timeline::tr("%1 expected at about %2, due now").arg(channel, time);
    }
    if (event.newPin) {
        row.detail = Timeline::tr("%1, with a new PIN").arg(row.detail);
        row.spoken = Timeline::tr("%1, with a new PIN").arg(row.spoken);
    }
    return row;
}

// The end of a running request; its countdown (`seconds`) when no message is left before it.
Row endRow(const VerificationSession *s, qint64 endMs, bool next, int seconds)
{
    const QString time = shownTime(s, endMs);
    Row row {State::Ends, -1, Timeline::tr("Request ends"), Timeline::tr("~%1").arg(time), {}, {}};
    if (next && seconds == 0) {
        row.detail = Timeline::tr("The code has expired");
        row.spoken = Timeline::tr("Request ended at about %1, the code has expired").arg(time);
    } else if (next && seconds > 0) {
        const QString left = TimeText::countdown(seconds);
        row.detail = Timeline::tr("The code expires in ~%1").arg(left);
        row.spoken =
            Timeline::tr("Request ends at about %1, the code expires in %2").arg(time, left);
    } else {
        row.detail = Timeline::tr("The code expires then");
        row.spoken = Timeline::tr("Request ends at about %1, the code expires then").arg(time);
    }
    return row;
}

Row notSentRow(Workflow::Channel channel)
{
    const QString label = Workflow::channelLabel(channel);
    return {State::NotSent,
            int(channel),
            label,
            {},
            Timeline::tr("Not sent"),
            Timeline::tr("%1 not sent").arg(label)};
}

// How a request ended, at the time it ended when that is known.
Row finalRow(const VerificationSession *s)
{
    Row row;
    row.title = VerificationSession::stateLabel(s->state());
    switch (s->state()) {
    case SessionState::Verified:
        row.state = State::Verified;
        row.detail = Timeline::tr("The code was right");
        break;
    case SessionState::Failed:
        row.state = State::Failed;
        row.detail = Timeline::tr("Three wrong codes for one PIN");
        break;
    case SessionState::Cancelled:
        row.state = State::Cancelled;
        row.detail = Timeline::tr("The code no longer works");
        break;
    default:
        row.state = State::Expired;
        row.detail = Timeline::tr("No right code in time");
        break;
    }
    if (s->durationMs() >= 0)
        row.time = shownTime(s, s->requestedAtMs() + s->durationMs());
    row.spoken = row.time.isEmpty()
        ? Timeline::tr("%1: %2").arg(row.title, row.detail)
        : Timeline::tr("%1 at %2: %3").arg(row.title, row.time, row.detail);
    return row;
}

QList<Row> rowsOf(const VerificationSession *s)
{
    QList<Row> rows;
    const bool waiting = s->state() == SessionState::WaitingForCode;
    const VerificationSession::Countdowns countdowns = s->countdowns();
    bool nextShown = false;
    for (const TimelineEvent &event : waiting ? s->plannedTimeline() : s->timeline()) {
        if (event.isSent()) {
            rows.append(sentRow(s, event));
        } else {
            rows.append(plannedRow(s, event, !nextShown, countdowns.untilNextEvent));
            nextShown = true;
        }
    }
    if (waiting) {
        if (const std::optional<qint64> end = s->requestEndsAtMs())
            rows.append(endRow(s, *end, !nextShown, countdowns.untilRequestExpires));
    } else if (VerificationSession::isFinal(s->state())) {
        const QList<Workflow::Channel> channels = s->workflow().channels();
        for (int i = s->eventsSent(); i < channels.size(); ++i)
            rows.append(notSentRow(channels.at(i)));
        rows.append(finalRow(s));
    }
    return rows;
}

// Whether the rail up to a row's node is drawn solid (it happened) rather than dashed.
bool happened(State state)
{
    return state == State::Sent || state == State::Verified || state == State::Failed
        || state == State::Cancelled || state == State::Expired;
}

QIcon nodeIcon(State state)
{
    using N = Icons::Name;
    using T = Icons::Tone;
    switch (state) {
    case State::Sent:
        return Icons::icon(N::Verified, T::Success);
    case State::Next:
        return Icons::icon(N::Waiting, T::Accent);
    case State::Planned:
        return Icons::icon(N::Pending);
    case State::NotSent:
        return Icons::icon(N::Close);
    case State::Ends:
        return Icons::icon(N::Clock);
    case State::Verified:
        return Icons::icon(N::Verify, T::Success);
    case State::Failed:
        return Icons::icon(N::Failed, T::Danger);
    case State::Cancelled:
        return Icons::icon(N::Cancelled, T::Warning);
    case State::Expired:
        return Icons::icon(N::Timer, T::Warning);
    }
    return {};
}

// Sizes from the font, so that a larger font scales the whole row.
struct Metrics
{
    explicit Metrics(const QFontMetrics &fm)
        : line(fm.height())
        , pad(std::max(3, fm.height() / 3))
        , icon(fm.height() + fm.height() / 4)
    { }
    int rowHeight() const { return 3 * pad + 2 * line; }
    // The node and the channel icon are centred on the title's line.
    int iconTop() const { return pad + (line - icon) / 2; }
    // Where the title starts: the rail, a gap, the channel icon, a gap.
    int textOffset() const { return pad + icon + 2 * pad + icon + pad; }

    int line;
    int pad;
    int icon;
};

// Paints a row: the node on the rail, the channel, the title and time, the state below.
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool enabled = opt.state & QStyle::State_Enabled;
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = !enabled ? QPalette::Disabled
            : (opt.state & QStyle::State_Active)    ? QPalette::Active
                                                    : QPalette::Inactive;
        // On the window's colour (see the constructor), as the labels around it.
        const QColor text =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::WindowText);
        const QIcon::Mode mode = !enabled ? QIcon::Disabled
            : selected                    ? QIcon::Selected
                                          : QIcon::Normal;
        const auto state = State(index.data(Timeline::StateRole).toInt());
        const Metrics m(opt.fontMetrics);
        const QRect r = opt.rect;
        const QRect node(r.left() + m.pad, r.top() + m.iconTop(), m.icon, m.icon);

        painter->save();
        paintRail(painter, index, node, r, text);
        nodeIcon(state).paint(painter, node, Qt::AlignCenter, mode);
        const int channel = index.data(ChannelRole).toInt();
        if (channel >= 0) {
            const QRect channelRect(node.right() + 1 + 2 * m.pad, node.top(), m.icon, m.icon);
            Icons::icon(Workflow::Channel(channel) == Workflow::Channel::Sms ? Icons::Name::Sms
                                                                             : Icons::Name::Call)
                .paint(painter, channelRect, Qt::AlignCenter, mode);
        }

        const int x = r.left() + m.textOffset();
        const QRect titleRect(x, r.top() + m.pad, std::max(0, r.right() - m.pad - x), m.line);
        const QRect detailRect = titleRect.translated(0, m.line);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const bool next = state == State::Next || (state == State::Ends && isCounting(index));
        painter->setPen(text);

        const QString time = index.data(Timeline::TimeRole).toString();
        painter->setFont(next ? bold : opt.font);
        const QFontMetrics timeMetrics(painter->font());
        const int timeWidth = time.isEmpty() ? 0 : timeMetrics.horizontalAdvance(time) + m.pad;
        painter->drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, time);

        painter->setFont(bold);
        const QString title = boldMetrics.elidedText(index.data(Timeline::TitleRole).toString(),
                                                     Qt::ElideRight, titleRect.width() - timeWidth);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);

        painter->setFont(next ? bold : opt.font);
        const QString detail = QFontMetrics(painter->font())
                                   .elidedText(index.data(Timeline::DetailRole).toString(),
                                               Qt::ElideRight, detailRect.width());
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter, detail);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const Metrics m(option.fontMetrics);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const int title = boldMetrics.horizontalAdvance(index.data(Timeline::TitleRole).toString())
            + m.pad + boldMetrics.horizontalAdvance(index.data(Timeline::TimeRole).toString());
        const int detail =
            boldMetrics.horizontalAdvance(index.data(Timeline::DetailRole).toString());
        return {m.textOffset() + std::max(title, detail) + m.pad, m.rowHeight()};
    }

private:
    // The end row counts down when no message is left before it.
    static bool isCounting(const QModelIndex &index)
    {
        return index.row() == 0
            || State(index.siblingAtRow(index.row() - 1).data(Timeline::StateRole).toInt())
            == State::Sent;
    }

    // The rail through the node: solid up to what happened, dashed to what is still to come.
    static void paintRail(QPainter *painter, const QModelIndex &index, const QRect &node,
                          const QRect &row, QColor colour)
    {
        colour.setAlphaF(0.5);
        const qreal x = node.center().x() + 0.5;
        const int gap = std::max(1, node.height() / 8);
        QPen pen(colour, std::max(1.0, node.height() / 10.0));
        pen.setCapStyle(Qt::FlatCap);
        const auto segment = [&](State towards, qreal from, qreal to) {
            pen.setStyle(happened(towards) ? Qt::SolidLine : Qt::DashLine);
            painter->setPen(pen);
            painter->drawLine(QPointF(x, from), QPointF(x, to));
        };
        const auto state = State(index.data(Timeline::StateRole).toInt());
        if (index.row() > 0)
            segment(state, row.top(), node.top() - gap);
        const QModelIndex below = index.siblingAtRow(index.row() + 1);
        if (below.isValid())
            segment(State(below.data(Timeline::StateRole).toInt()), node.bottom() + 1 + gap,
                    row.bottom() + 1);
    }
};

} // namespace

Timeline::Timeline(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new TimelineDelegate(this));
    // Part of the page rather than a box: the rows stand on the window's colour.
    setFrameShape(QFrame::NoFrame);
    viewport()->setBackgroundRole(QPalette::Window);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setResizeMode(QListView::Adjust);
    // As tall as its rows (sizeHint()); what is left of a page goes to the page's own stretch.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    capWidth();
}

void Timeline::capWidth()
{
    // A row's time stays near its title however wide the step: the rows are at most a readable
    // measure wide, following the font.
    setMaximumWidth(ReadableWidth::pixels(this, kMaximumEms));
}

Timeline::~Timeline() = default;

void Timeline::showSession(const VerificationSession *session)
{
    const QList<Row> rows = rowsOf(session);
    const bool reshaped = count() != rows.size();
    while (count() > rows.size())
        delete takeItem(count() - 1);
    while (count() < rows.size())
        addItem(new QListWidgetItem);
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        QListWidgetItem *it = item(i);
        // Only what changed is set, so that an unchanged row is not announced again.
        it->setData(StateRole, int(row.state));
        it->setData(ChannelRole, row.channel);
        it->setData(TitleRole, row.title);
        it->setData(TimeRole, row.time);
        it->setData(DetailRole, row.detail);
        it->setData(Qt::DisplayRole, row.spoken);
        it->setData(Qt::AccessibleTextRole, row.spoken);
        it->setData(Qt::ToolTipRole, row.spoken);
    }
    if (reshaped) {
        updateGeometry();
        // In a short window the row that counts down stays in view as the messages go out.
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).state == State::Next || rows.at(i).state == State::Ends) {
                scrollToItem(item(i), QAbstractItemView::EnsureVisible);
                break;
            }
        }
    }
}

Timeline::State Timeline::state(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? State(it->data(StateRole).toInt()) : State::Planned;
}

QString Timeline::spokenText(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(Qt::AccessibleTextRole).toString() : QString();
}

QSize Timeline::sizeHint() const
{
    // Every row of the longest workflow (three messages and the end) without scrolling.
    const int rows = std::max(count(), 4);
    const int frame = 2 * frameWidth();
    return {QListWidget::sizeHint().width(), rows * Metrics(fontMetrics()).rowHeight() + frame};
}

QSize Timeline::minimumSizeHint() const
{
    // Three whole rows (what went out, what comes next, the end) and a short title; the rest
    // scrolls when the window is small.
    const QSize list = QListWidget::minimumSizeHint();
    const Metrics m(fontMetrics());
    const int rows = std::clamp(count(), 1, 3);
    return {std::max(list.width(), 2 * m.textOffset()),
            std::max(list.height(), rows * m.rowHeight() + 2 * frameWidth())};
}

void Timeline::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        capWidth();
        scheduleDelayedItemsLayout();
        updateGeometry();
    }
}

import { z } from 'zod';
import type {
  AgreedLanguage,
  CompiledProposal,
  DiffOp,
  ParagraphStatus,
  ProposalStatus,
  StatusCounts,
} from '@concordia/negotiation';

/** The server's answers; checked loosely (the server owns their shape), typed for the page. */
export interface CompilationView {
  draft: { id: string; symbol: string; titleFr: string | null; titleEn: string | null };
  penholder: boolean;
  delegation: string | null;
  counts: StatusCounts;
  countsText: string;
  shown: number;
  predecessor: { label: string } | null;
  orphans: CompiledProposal[];
  paragraphs: {
    id: string;
    label: string;
    labelFr: string;
    text: string;
    sub: number[];
    status: ParagraphStatus;
    agreed: AgreedLanguage | null;
    comments: number;
    proposals: CompiledProposal[];
    insertions: (CompiledProposal & { label: string; labelFr: string })[];
  }[];
}
export interface ProposalView {
  id: string;
  paragraphLabel: string;
  kind: string;
  text: string | null;
  reason: string | null;
  delegation: string;
  status: ProposalStatus;
  createdAt: string;
  supporters: { delegation: string; at: string }[];
  decisions: { decision: string; reason: string | null; delegation: string | null; by: string; at: string }[];
}
export interface SilenceView {
  state: 'none' | 'under-silence' | 'broken' | 'agreed' | 'cancelled';
  remainingMs?: number;
  deadline?: string;
  deadlineNewYork?: string;
  version?: string | null;
  brokenBy?: string | null;
  brokenReason?: string | null;
  now?: string;
}
export interface VersionView {
  id: string;
  seq: number;
  name: string;
  createdAt: string;
  agreed: boolean;
  restoredFrom: string | null;
}
export interface ComparisonView {
  left: string;
  right: string;
  rows: {
    kind: string;
    left: { label: string; labelFr: string } | null;
    right: { label: string; labelFr: string } | null;
    diff: DiffOp[];
  }[];
}
export interface CommentView {
  id: string;
  paragraphId: string;
  body: string;
  visibility: 'all' | 'sponsors';
  delegation: string | null;
  author: string;
  at: string;
  resolvedAt: string | null;
  replies: Omit<CommentView, 'replies'>[];
}

const loose = <T>() => z.custom<T>((v) => v !== undefined);
export const CompilationSchema = loose<CompilationView>();
export const HistorySchema = loose<ProposalView[]>();
export const SilenceSchema = loose<SilenceView>();
export const VersionsSchema = loose<VersionView[]>();
export const ComparisonSchema = loose<ComparisonView>();
export const CommentsSchema = loose<CommentView[]>();
export const AnySchema = z.unknown();
